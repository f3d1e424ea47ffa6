it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), sum(Countdown(5)))
cd = Countdown(2)
print(iter(cd) is cd, next(cd), next(cd), next(cd, "end"))
class OldSeq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * i
print(list(OldSeq()), 9 in OldSeq(), 5 in OldSeq())
s = iter("hey")
print(list(s), list(s))
d = {"x": 1, "y": 2}
print(list(iter(d)), list(iter(d.values())), list(iter(d.items())))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 5)
except TypeError as e:
    print("TypeError:", e)
g = (x * 2 for x in range(3))
print(next(g), list(g), next(g, -1))
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
empty = iter([])
next(empty)
