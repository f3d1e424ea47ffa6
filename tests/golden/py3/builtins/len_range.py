r = range(10)
print(r, len(r), list(r))
print(range(0), list(range(0)), len(range(0)))
print(range(1, 10, 3), list(range(1, 10, 3)), len(range(1, 10, 3)))
print(list(range(10, 0, -1)), len(range(10, 0, -1)))
print(list(range(10, 0, -3)), len(range(10, 0, -3)))
print(list(range(-5, 5, 2)))
print(list(range(5, -5, -2)))
print(list(range(0, 10, -1)))
print(range(0, 20, 2)[3], range(0, 20, 2)[-1])
print(range(0, 20, 2)[2:5])
print(range(0, 20, 2)[::-1])
print(range(0, 20, 2)[::3])
print(range(10, 0, -2)[1:-1])
print(list(range(10)[::-2]))
print(range(1, 100)[50:200:7])
print(5 in range(0, 10, 5), 6 in range(0, 10, 5), 10 in range(0, 10, 5))
print(range(0, 30, 3).index(9), range(0, 30, 3).count(9), range(0, 30, 3).count(10))
print(range(5) == range(5), range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2))
print(hash(range(3)) == hash(range(0, 3, 1)))
try:
    len(range(-10**20, 10**20, 7))
except OverflowError as e:
    print("OverflowError")
print(range(-10**20, 10**20, 7)[10**18])
r = range(3, 50, 4)
print(r.start, r.stop, r.step)
print(len("hello"), len(b"ab"), len([1, 2]), len({}), len({1, 2, 2}), len((1,)))
print(reversed(range(5)).__class__.__name__, list(reversed(range(1, 10, 2))))
class L:
    def __len__(self):
        return 7
print(len(L()))
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print("ValueError:", e)
for bad in [(1, 2, 0), ("a",), (1.5,)]:
    try:
        range(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
print(range(10).index(99))
