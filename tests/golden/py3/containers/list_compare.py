pairs = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([], [0]), ([2], [1, 9, 9]),
         (["a"], ["B"]), ([1, [2, 3]], [1, [2, 4]]), ([1.0], [1]), ([float("nan")], [float("nan")])]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
n = float("nan")
print([n] == [n], n in [n], [n].count(n), [n].index(n), (n,) == (n,))
print([1, 2] == (1, 2), [1] != (1,), list((1, 2)) == [1, 2])
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] < [2, 1], [1, "a"] == [1, 2])
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("  eq", self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print("  lt", self.v, o.v)
        return self.v < o.v
print([Loud(1), Loud(2)] < [Loud(1), Loud(3)])
print(sorted([[3, 1], [2], [2, 0], [], [3]]), max([[1, 2], [1, 10], [0, 99]]))
print([[1], [2]] == [[1], [2]], [[1], [2]] < [[1], [3]])
print([1, 2] < [1, {}])
