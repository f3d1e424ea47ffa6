total = 0
for i in range(1_000_000):
    t = (i, i + 1, i * 2)
    total += t[0] ^ t[2]
print(total)
pairs = [(i, -i) for i in range(300_000)]
print(len(pairs), sum(a + b for a, b in pairs), pairs[-1])
del pairs
print("done")
