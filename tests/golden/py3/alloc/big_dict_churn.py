d = {}
for i in range(400_000):
    d[i] = i * i
print(len(d), d[399_999], sum(d.values()) % 1_000_000_007)
for i in range(0, 400_000, 2):
    del d[i]
print(len(d), min(d), max(d))
for i in range(400_000, 500_000):
    d[i] = -i
print(len(d), list(d)[:3], list(d)[-3:])
s = {}
for i in range(100_000):
    s["key%d" % i] = i
print(len(s), s["key99999"], sum(s.values()))
inv = {v: k for k, v in s.items()}
print(len(inv), inv[12345])
del d, s, inv
print("done")
