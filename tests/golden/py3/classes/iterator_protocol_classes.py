class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c), sum(c))
it = iter(c)
print(next(it), list(it), list(it))

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
    def __len__(self):
        return sum(1 for _ in self)
    def __reversed__(self):
        return reversed(list(self))
f = Fib(100)
print(list(f), len(f), list(reversed(f))[:3], 55 in f, 56 in f)

class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c
    def __getitem__(self, i):
        if not 0 <= i < self.rows * self.cols:
            raise IndexError(i)
        return divmod(i, self.cols)
    def __len__(self):
        return self.rows * self.cols
r = Range2D(2, 3)
print(list(r), r[4], len(r), list(reversed(r)))

class NotAnIterator:
    def __iter__(self):
        return 42
try:
    iter(NotAnIterator())
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print("TypeError:", e)
class Peekable:
    _none = object()
    def __init__(self, it):
        self.it = iter(it); self.buf = self._none
    def __iter__(self): return self
    def __next__(self):
        if self.buf is not self._none:
            v, self.buf = self.buf, self._none
            return v
        return next(self.it)
    def peek(self, default=None):
        if self.buf is self._none:
            self.buf = next(self.it, self._none)
        return default if self.buf is self._none else self.buf
p = Peekable("abc")
print(p.peek(), next(p), p.peek(), p.peek(), list(p), p.peek('END'))
print(list(zip(Countdown(5), Fib(10), "xyz")))
print(next(CountdownIter(0)))
