import functools
import operator
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube_of_two = functools.partial(power, 2)
print(square(7), cube_of_two(3), square.func.__name__, square.args, square.keywords)
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 10))
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
@deco
def f(x):
    "doc f"
    return x
print(f.__name__, f.__doc__, f.__wrapped__.__wrapped__.__name__, f(5))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), V(2) <= V(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.singledispatch
def kind(x): return "object"
@kind.register
def _(x: int): return "int"
@kind.register(str)
def _(x): return "str"
print(kind(1), kind("s"), kind(1.5), kind(True))
calls = []
@functools.lru_cache(maxsize=2)
def cached(x):
    calls.append(x)
    return x * 2
for v in [1, 2, 1, 3, 1, 2]:
    cached(v)
print(calls, cached.cache_info())
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"))
