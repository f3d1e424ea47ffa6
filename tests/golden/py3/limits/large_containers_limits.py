import sys
big = list(range(10 ** 6))
print(len(big), big[-1], sum(big), big[::100000])
s = "ab" * 500000
print(len(s), s.count("ab"), s[-3:], s.find("ba", 999990))
d = {i: i * i for i in range(200000)}
print(len(d), d[199999], sum(d.values()) % 1000003)
t = tuple(range(300000))
print(len(t), t.index(299999), t[150000])
b = bytes(10 ** 6)
print(len(b), b.count(0), bytearray(b)[-1])
st = set(range(0, 10 ** 6, 3))
print(len(st), 999999 in st, 999998 in st)
print(len(str(10 ** 4000)), len(repr(list(range(1000)))))
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1 > sys.maxsize)
for op in (lambda: [0] * sys.maxsize, lambda: "x" * sys.maxsize, lambda: range(sys.maxsize + 2)[-1],
           lambda: len(range(sys.maxsize * 2)), lambda: b"x" * (sys.maxsize // 2)):
    try:
        r = op()
        print("ok", r)
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
r = range(0, sys.maxsize * 4, 7)
print(r[10 ** 18], (sys.maxsize * 4 - 1) in r, r.index(7 * 10 ** 18))
print([i for i in range(10 ** 18, 10 ** 18 + 3)])
big.clear(); d.clear()
print(len(big), len(d))
