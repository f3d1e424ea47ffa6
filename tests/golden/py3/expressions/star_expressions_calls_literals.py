def f(*args, **kwargs):
    return args, dict(sorted(kwargs.items()))

a = [1, 2]
b = (3,)
d1 = {'x': 1}
d2 = {'y': 2, 'x': 10}
print(f(*a, *b, 4, *range(2)))
print(f(**d1, z=3))
print(f(*"hi", **d2, w=0))
print([*a, *b, *"cd", *{5: 'k'}])
print((*a,), (*a, *b), *a)
print({*a, *b, 1} == {1, 2, 3})
print({**d1, **d2}, {**d2, **d1}, {**d1, 'x': 'override'})
print(dict(**d1, y=5))
try:
    f(**d1, **{'x': 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
print(max(*[3, 9, 2]), min(*"zya"), print(*[], sep='-'))
print(*[1, 2, 3], sep=', ', end='!\n')
first, *middle, last = [*range(5), *range(3)]
print(first, middle, last)
gen = (x * x for x in range(4))
print([*gen], [*gen])
print(f(*(i for i in range(3)), *[], **{}))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [*map(sum, zip(*matrix))])
def g(a, b, /, c, *, d):
    return a + b + c + d
print(g(*[1, 2], *[3], **{'d': 4}))
class M:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
print({**M()}, f(**M()))
print(f(*a, **{'sep': 1}) == ((1, 2), {'sep': 1}))
