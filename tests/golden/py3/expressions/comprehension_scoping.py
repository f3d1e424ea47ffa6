x = "outer"
print([x for x in range(3)], x)
class C:
    y = 10
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [y for _ in range(2)]
    except NameError as e:
        bad = str(e)
    first = [y * v for v in range(2)] if False else None
print(C.doubled, C.bad)
def outer():
    n = 5
    return [n + i for i in range(3)], {n: i for i in range(1)}, list(n * i for i in range(2))
print(outer())
def closures():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(closures())
funcs = {}
for i in range(3):
    funcs[i] = [lambda: i for _ in range(1)][0]
print([f() for f in funcs.values()])
class D:
    items = range(3)
    squares = [i * i for i in items]
print(D.squares)
print('i' in dir(), [i for i in range(2)], i)
gen = (z for z in range(3))
print(list(gen))
try:
    z
except NameError as e:
    print("NameError:", e)
def lazy():
    xs = [1, 2]
    g = (a for a in xs)
    xs = [9, 9]
    return list(g)
print(lazy())
def lazy_if():
    k = 1
    g = (a + k for a in range(3))
    k = 100
    return list(g)
print(lazy_if())
