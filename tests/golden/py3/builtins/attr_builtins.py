class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(getattr(p, "x"), getattr(p, "z", "default"), getattr(p, "dims"), getattr(Point, "dims"))
print(getattr(p, "norm1")())
setattr(p, "z", 10)
print(p.z, hasattr(p, "z"), hasattr(p, "w"), hasattr(Point, "norm1"))
delattr(p, "z")
print(hasattr(p, "z"))
try:
    getattr(p, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(p, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "real", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().foo = 1
except AttributeError as e:
    print("AttributeError:", e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("d_"):
            return name.upper()
        raise AttributeError(name)
d = Dyn()
print(d.d_hello, getattr(d, "d_x"), hasattr(d, "other"), getattr(d, "other", 0))
class Boom:
    @property
    def bad(self):
        raise ValueError("boom")
try:
    hasattr(Boom(), "bad")
except ValueError as e:
    print("ValueError propagated:", e)
print(sorted(vars(p).items()))
class Slots:
    __slots__ = ("a",)
s = Slots()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(s)
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir(Point) if not n.startswith("__")])
print([n for n in dir(p) if not n.startswith("__")])
print(sorted(n for n in vars(Point) if not n.startswith("__")))
print(dir(p) == sorted(dir(p)))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
print(callable(p), callable(Point), callable(p.norm1), callable(len), callable(None), callable(lambda: 0))
class C:
    def __call__(self):
        return "called"
print(callable(C()), C()())
p.missing_attribute
