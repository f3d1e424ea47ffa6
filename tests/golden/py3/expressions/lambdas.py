sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: None)())
add = lambda a, b=10, *args, c=1, **kw: (a, b, args, c, sorted(kw.items()))
print(add(1), add(1, 2, 3, 4, c=5, z=6, y=7))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(5), compose(len, str)(12345))
print((lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print((lambda x, /, y: x - y)(10, y=3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(list(filter(lambda v: v % 2, range(10))))
print((lambda: (yield))().__class__.__name__)
print((lambda x: (x, lambda y: x + y))(1)[1](2))
