print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([], 5)))
e = enumerate(iter("xy"), -1)
print(next(e), next(e), next(e, 'end'))
print(list(zip("ab", [1, 2], (True, False))), list(zip()), list(zip("abc", "d")))
print(list(zip("ab", "cd", strict=True)))
for args in [("abc", "de"), ("ab", "cde"), ("a", "b", "")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
nums, names = zip(*pairs)
print(nums, names, dict(zip(names, nums)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [5, 2], [7, 5])))
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])), list(filter(str.isupper, "aBcDE")))
print(list(reversed(range(5))), list(reversed("abc")), list(reversed([1, [2]])), list(reversed((1, 2))))
try:
    reversed({1: 2}.keys()) and print("dict keys reversible")
    reversed(iter([1]))
except TypeError as e:
    print("TypeError:", e)
print(all([]), any([]), all([1, 'a']), any([0, '', None]), all(x > 0 for x in [1, 2, -1]))
print(sum([[1], [2]], []), sum([0.1] * 10), sum(range(5), start=100), sum([1, 2.5, 3j]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate(zip("ab", "cd"))), [i * c for i, c in enumerate("abc", 1)])
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)), list(zip(*[iter(range(7))] * 3)))
z = zip([1, 2], [3, 4])
print(iter(z) is z, next(z), list(z), list(z))
