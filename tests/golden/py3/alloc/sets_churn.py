s = set()
for i in range(300_000):
    s.add(i * 7 % 100_003)
print(len(s))
evens = {x for x in s if x % 2 == 0}
odds = s - evens
print(len(evens), len(odds), len(evens & odds), len(evens | odds))
fs = [frozenset(range(i, i + 5)) for i in range(50_000)]
uniq = set(fs)
print(len(uniq), sum(len(f) for f in fs))
acc = 0
for i in range(100_000):
    t = {i, i + 1, i + 2}
    acc += len(t) + max(t)
print(acc)
words = {("w%d" % (i % 5000)) for i in range(200_000)}
print(len(words), sorted(words)[:3])
