import functools
import operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 6), 10), functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []), functools.reduce(operator.add, [], 0), functools.reduce(operator.add, ["x"]))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
print(square(7), cube_mod(7), square.func is power, square.args, square.keywords, cube_mod(3, mod=100))
p2 = functools.partial(functools.partial(max, 5), 9)
print(p2(1), p2.args, p2.func is max)
bin_int = functools.partial(int, base=2)
print(bin_int("1011"), repr(functools.partial(int, base=2)) == "functools.partial(<class 'int'>, base=2)")
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ("wrapped", fn(*args, **kwargs))
    return wrapper
@deco
def greet(name):
    """Say hello."""
    return "hi " + name
print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__("x"), greet.__qualname__)
def plain(fn):
    def wrapper():
        return fn()
    return wrapper
@plain
def nodoc():
    "orig doc"
print(nodoc.__name__, nodoc.__doc__)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @functools.cached_property
    def dist(self):
        print("  computing dist")
        return (self.x ** 2 + self.y ** 2) ** 0.5
pt = Point(3, 4)
print(pt.dist, pt.dist, "dist" in vars(pt))
del pt.dist
print(pt.dist)
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs), Version(1, 2) <= Version(1, 2), Version(2) > Version(1, 99), Version(1) >= Version(1, 0), max(vs))
print(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(3) < functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(4))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
functools.partial()
