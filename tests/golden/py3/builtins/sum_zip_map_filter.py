print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)))
print(sum([0.1] * 10), sum([1, 2.5]), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([True, True, False]), sum([1j, 2, 3.5]))
print(sum(x * x for x in range(10)), sum(range(10), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1, 2, 3], "ab")))
print(list(zip(range(3), range(10, 13), range(20, 23))))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [4, 5], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [4, 5], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], [3, 4], [5], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3, 4], [5, 2])))
print(list(map(lambda x, y, z: x + y + z, [1, 2], [10, 20], [100, 200, 300])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.0])))
print(list(filter(lambda x: x % 3 == 0, range(20))))
print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([], 5)))
print(list(enumerate("xy", -3)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 11
print(list(reversed(Seq())), list(Seq()))
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 5 for x in range(7)))
print(all(x < 5 for x in range(7)))
it = iter(range(10))
print(any(x == 3 for x in it), next(it))
m = map(int, ["1", "2", "x", "4"])
print(next(m), next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError:", e)
print(next(m))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
z = zip([1, 2, 3], "ab", strict=True)
print(next(z), next(z))
next(z)
