def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kw):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__}() takes {len(fields)} positional arguments but {len(args)} were given")
        for f, a in zip(fields, args):
            setattr(self, f, a)
        for f in fields[len(args):]:
            if f in kw: setattr(self, f, kw.pop(f))
            elif f in defaults: setattr(self, f, defaults[f])
            else: raise TypeError(f"missing {f}")
        if kw: raise TypeError(f"unexpected {sorted(kw)}")
    def __repr__(self):
        return f"{cls.__qualname__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    def __eq__(self, other):
        if other.__class__ is not self.__class__: return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    cls.__match_args__ = tuple(fields)
    return cls
@record
class Point:
    x: int
    y: int = 0
p = Point(1, y=2)
print(p, p == Point(1, 2), p != Point(2), Point(5))
match p:
    case Point(1, yy): print("matched y", yy)
try: Point()
except TypeError as e: print("TypeError:", e)
try: Point(1, 2, 3)
except TypeError as e: print("TypeError:", e)
try: hash(p)
except TypeError as e: print("TypeError:", e)
class Field:
    def __init__(self, default=None): self.default = default
    def __set_name__(self, owner, name):
        self.name = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, owner):
        if obj is None: return self
        return getattr(obj, self.name, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, int): raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)
class Model:
    a = Field(1)
    b = Field()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.options = kw
class Sub(Model, strict=True):
    c = Field(3)
m = Sub()
m.a = 10
print(m.a, m.b, m.c, Sub._fields, Model._fields, Sub.options, vars(m))
try: m.b = "x"
except TypeError as e: print("TypeError:", e)
class Registry(type):
    classes = {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes[name] = cls
        return cls
    def __repr__(cls): return f"<registered {cls.__name__}>"
    def __len__(cls): return len(cls.__dict__)
    def __iter__(cls): return iter(sorted(k for k in cls.__dict__ if not k.startswith("__")))
    def __getitem__(cls, k): return k * 2
    def __contains__(cls, k): return k == "in"
    def __bool__(cls): return False
class R1(metaclass=Registry):
    z = 1
    y = 2
print(R1, list(R1), R1[3], "in" in R1, bool(R1), sorted(Registry.classes), str(R1), f"{R1!r}")
try:
    vars(1)
except TypeError as e: print("TypeError:", e)
class Sl:
    __slots__ = ("a",)
try:
    vars(Sl())
except TypeError as e: print("TypeError:", e)
s = Sl(); s.a = 1
print(dir(s)[-1], "__dict__" in dir(s), hasattr(s, "__dict__"))
class Dd: pass
o = Dd()
o.__dict__["k"] = 5
print(o.k, vars(o))
o.__dict__ = {"new": 1}
print(o.new, hasattr(o, "k"))
try:
    o.__dict__ = 5
except TypeError as e: print("TypeError:", e)
try:
    del o.__dict__
except TypeError as e: print("TypeError:", e)
