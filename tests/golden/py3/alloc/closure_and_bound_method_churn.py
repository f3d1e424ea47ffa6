def make_adder(n):
    return lambda x: x + n
total = 0
for i in range(100000):
    total = make_adder(i)(total) % 1000003
print(total)
class Acc:
    def __init__(self):
        self.v = 0
    def add(self, x):
        self.v += x
        return self
a = Acc()
for i in range(100000):
    m = a.add
    m(i)
print(a.v)
fs = []
for i in range(1000):
    def f(x, i=i):
        return x * i
    fs.append(f)
print(sum(f(2) for f in fs))
gens = 0
for i in range(20000):
    g = (j for j in range(3))
    gens += sum(g)
print(gens)
import functools
p = 0
for i in range(50000):
    p = functools.partial(max, i)(p)
print(p)
counters = [0]
def outer():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
s = sum(outer()() for _ in range(100000))
print(s)
