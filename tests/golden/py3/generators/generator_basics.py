def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")
g = count_up(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(next(g))
print(list(g))
print(next(g, "done"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def empty():
    return
    yield
print(list(empty()))
def multi():
    yield 1
    yield from [2, 3]
    yield 4
print(list(multi()), sum(multi()), 3 in multi())
gen = (c.upper() for c in "abc")
print(next(gen), list(gen))
print(list(zip(count_up(2), "xy")))
def states():
    yield
import itertools
s = states()
print(s.gi_running, s.gi_frame is not None)
next(s)
print(s.gi_frame.f_lineno > 0)
list(s)
print(s.gi_frame)
