x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
data = [1, 2, 3]
g = (v * 2 for v in data)
data = [100]
print(list(g))
def make(n):
    return (i * n for i in range(3))
print([list(make(k)) for k in range(3)])
try:
    gen = (1 / v for v in [1, 0])
    print(next(gen))
    print(next(gen))
except ZeroDivisionError as e:
    print("lazy error:", e)
try:
    gen = (v for v in 5)
except TypeError as e:
    print("eager outer iterable:", e)
class C:
    vals = [1, 2]
    g = list(v * 2 for v in vals)
print(C.g)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
g = (i for i in range(3))
print(g.__name__, g.__qualname__, 'genexpr' in repr(g.gi_code.co_name), g.gi_running)
print(sum(i for i in range(10) if i % 3), max((len(w), w) for w in "a bb ccc dd".split()))
print(list(zip((i for i in "ab"), (j for j in range(10)))))
gens = [(c * k for k in range(2)) for c in "xy"]
print([list(g) for g in gens])
def f(*a): return a
print(f(*(i for i in range(3))), f(i for i in range(2)) != (0, 1))
it = iter(range(6))
pairs = list((a, next(it)) for a in it)
print(pairs)
print(type(i for i in []).__name__, bool(i for i in []), list((yield_val := v) for v in range(2)) if False else 'skip')
