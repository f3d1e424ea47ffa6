squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
print(max(len(w) for w in ["a", "abc", "ab"]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(sorted((y for y in "hello"), reverse=True), "".join(c for c in "abc" if c != "b"))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
def src():
    print("source started")
    yield from range(3)
g = (v * 10 for v in src())
print("generator created")
print(list(g))
try:
    gen = (1 / x for x in [1, 0])
    print(next(gen))
    next(gen)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    bad = (x for x in 5)
except TypeError as e:
    print("eager iter:", e)
calls = []
def rng(n):
    calls.append(n)
    return range(n)
ge = (a + b for a in rng(2) for b in rng(3))
print(calls)
print(list(ge), calls)
print(list(zip((i for i in range(3)), (c for c in "xyz"))))
print(dict((k, len(k)) for k in ["aa", "b"]), set(x % 2 for x in range(4)) == {0, 1})
nested = ((x for x in range(n)) for n in range(3))
print([list(inner) for inner in nested])
print(type(x for x in []).__name__)
