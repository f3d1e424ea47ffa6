fs = [lambda: i for i in range(4)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(4)]
print([f() for f in fs])

def make():
    out = []
    for i in range(3):
        def f():
            return i * 10
        out.append(f)
    i = 99
    return out
print([f() for f in make()])

def make_bound():
    def factory(n):
        return lambda: n * 10
    return [factory(i) for i in range(3)]
print([f() for f in make_bound()])

funcs = {}
for name in ['a', 'b', 'c']:
    funcs[name] = lambda: name.upper()
print({k: v() for k, v in funcs.items()})

gens = [(x for _ in range(1)) for x in range(3)]
print([next(g) for g in gens])

def counter():
    cells = []
    for i in range(3):
        cells.append(lambda: i)
    return [c.__closure__[0].cell_contents for c in cells]
print(counter())

import functools
adders = [functools.partial(lambda a, b: a + b, k) for k in range(3)]
print([add(100) for add in adders])
x = 1
g = lambda: x
x = 2
print(g())
del x
g()
