class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("acquire", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("release", self.name, et.__name__ if et else "ok")
        return isinstance(ev, LookupError)
with Resource("r1") as r:
    print("using", r.name)
with Resource("r2"):
    {}["missing"]
print("KeyError suppressed")
try:
    with Resource("r3"):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError propagated")
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "exhausted"))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
rr = Range2(3)
print(list(rr), list(rr), sum(rr), 2 in rr)
class OldSeq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return "abc"[i]
print(list(OldSeq()), [x for x in OldSeq()], "".join(OldSeq()))
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it), list(it))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
class Rev:
    def __init__(self, d): self.d = d
    def __reversed__(self): return iter(self.d[::-1])
print(list(reversed(Rev([1, 2, 3]))), list(reversed("abc")))
