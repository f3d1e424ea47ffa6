import itertools as it
print([(k, list(g)) for k, g in it.groupby("aaabbcaad")])
print([(k, len(list(g))) for k, g in it.groupby([1, 1, 2, 3, 3, 3, 1])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in it.groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in it.groupby(sorted(words), key=lambda w: w[0])])
print([(k, list(g)) for k, g in it.groupby(range(10), key=lambda x: x // 3)])
print(list(it.groupby([])), [k for k, _ in it.groupby("xxyyxx")])
groups = it.groupby("aabbb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
nums = [1, 2, 3, 4, 5]
runs = [list(g) for _, g in it.groupby(enumerate(nums + [8, 9, 10, 20]), key=lambda p: p[1] - p[0])]
print([[v for _, v in r] for r in runs])
a, b = it.tee(iter(range(5)))
print(list(a), list(b))
a, b, c = it.tee("xyz", 3)
print(next(a), next(a), list(b), list(c), list(a))
src = iter([10, 20, 30])
t1, t2 = it.tee(src)
print(next(t1), next(t2), next(t1), list(t2), list(t1))
print(it.tee("ab", 0), len(it.tee("ab")))
try:
    it.tee("ab", -1)
except ValueError as e:
    print("ValueError:", e)
t = it.tee([1, 2])[0]
t_copy = t.__copy__()
print(next(t), list(t_copy), list(t))
def counted():
    for i in range(3):
        print("  produce", i)
        yield i
x, y = it.tee(counted())
print(next(x), next(x), next(y), list(y), list(x))
print([(k, list(g)) for k, g in it.groupby([1, "a"], key=lambda v: v < 2)])
