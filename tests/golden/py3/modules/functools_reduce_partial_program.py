import functools
import operator

print(functools.reduce(operator.add, range(1, 11)), functools.reduce(operator.mul, range(1, 11), 1))
print(functools.reduce(lambda acc, x: acc + [acc[-1] + x], [1, 2, 3, 4], [0]))
print(functools.reduce(lambda a, b: a if len(a) >= len(b) else b, "the quick brown fox".split()))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(str.strip, str.lower, functools.partial(str.replace, old=" ", new="_") if False else (lambda s: s.replace(" ", "_")))
print(pipeline("  Hello Big World "))
int2 = functools.partial(int, base=2)
print(int2("1011"), int2("1" * 10), int2.func is int, int2.args, int2.keywords)
p = functools.partial(functools.partial(pow, 2), 10)
print(p(), p.args)
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(map(int, s.split('.')))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return '.'.join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("2") <= Version("1.9"))
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(3), describe([1, 2]), describe("s"), describe(True))
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def documented(a):
    "the doc"
    return a
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
print(sorted(["b", "C", "a"], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("  computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, 'area' in vars(c))
