data = bytearray(b"abcdefgh")
m = memoryview(data)
print(len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(m[2:5].tobytes(), bytes(m[::2]), m.tolist(), m[1:4].tolist(), m.hex(), m[::-1].tobytes())
m[0] = ord("A")
m[1:3] = b"BC"
print(data, m.tobytes())
sub = m[4:]
sub[0] = ord("E")
print(data, sub.tobytes(), sub.obj is data)
ro = memoryview(b"readonly")
print(ro.readonly, ro.tobytes(), ro[0:4] == b"read", ro == b"readonly")
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
c = m.cast("B")
print(c.format, c.tolist()[:3], len(c))
ints = memoryview(bytearray(b"\x01\x00\x02\x00"))
h = ints.cast("H")
print(h.itemsize, len(h), h.tolist() == [1, 2] if __import__("sys").byteorder == "little" else "be")
back = h.cast("B")
print(back.tolist())
for fn in [lambda: m.__setitem__(0, 300), lambda: m.__setitem__(slice(0, 2), b"xyz"), lambda: m[100], lambda: memoryview("str")]:
    try:
        fn()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
m.release()
try:
    m[0]
except ValueError as e:
    print("ValueError:", e)
with memoryview(b"ctx") as mv:
    print(mv.tobytes(), bytes(mv[1:]))
print(memoryview(b"abc") == memoryview(b"abc"), memoryview(b"ab") != b"ac", list(memoryview(b"xy")))
total = 0
for byte in memoryview(bytes(range(100)))[10:20]:
    total += byte
print(total)
