class Traced:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        return super().__new__(cls)
    def __init__(self, value, tag="t"):
        print("__init__", value, tag)
        self.value = value
t = Traced(5, tag="x")
print(t.value)
class Celsius(float):
    def __new__(cls, degrees):
        return super().__new__(cls, round(degrees, 1))
    def __repr__(self):
        return f"Celsius({float(self)})"
c = Celsius(21.456)
print(c, c + 1, isinstance(c, float), type(c + 1).__name__)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("shout")
print(u, len(u), u.lower(), type(u).__name__, type(u.lower()).__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
p = Pair(1, 2)
print(p, p.first, p + (3,), len(p))
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        print("returning an Other instead")
        return Other()
    def __init__(self):
        print("never: __init__ skipped because __new__ returned a non-instance")
r = ReturnsOther()
print(type(r).__name__)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            print("creating", key)
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        print("init runs every time for", key)
        self.key = key
print(Cached("a") is Cached("a"), Cached("b") is Cached("a"))
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    Traced()
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
