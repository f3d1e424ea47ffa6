def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
print(compose(str, abs, lambda x: x - 10)(3))
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")))
print(sorted(["Banana", "apple", "cherry"], key=str.lower), sorted([3, -1, 2], key=abs, reverse=True))
print(min(["aaa", "b", "cc"], key=len), max([], default="empty"), max(1, 5, 3))
def curry(f):
    def c(a):
        def d(b):
            return f(a, b)
        return d
    return c
print(curry(lambda a, b: a - b)(10)(3))
import itertools
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(itertools.starmap(lambda a, b: a + b, [(1, 2), (3, 4)])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print([k + str(len(list(g))) for k, g in itertools.groupby("aaabccdd")])
print(list(itertools.chain([1], (2,), "3")), list(itertools.islice(itertools.count(5, 5), 4)))
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations(range(4), 2)))
print(list(itertools.permutations([1, 2, 3], 2)), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1])), list(itertools.repeat("r", 3)))
print(list(zip(*itertools.tee(range(3)))), list(itertools.pairwise("abcd")))
print(list(enumerate(filter(None, [0, 1, "", "x", None, []]))))
