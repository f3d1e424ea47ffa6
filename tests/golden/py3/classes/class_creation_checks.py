class A:
    def __init__(self):
        self.x = 1
a = A()
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, A.__dict__['__init__'].__name__)
print(vars(a), a.__dict__ is vars(a), A.__class__, type(A).__name__)
A.__name__ = "Renamed"
print(A, A.__qualname__, repr(a)[:20] if False else "")
class B: pass
a.__class__ = B
print(type(a).__name__, a.x)
try:
    a.__class__ = int
except TypeError as e: print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e: print("TypeError:", e)
class WithSlots:
    __slots__ = ('q',)
try:
    a.__class__ = WithSlots
except TypeError as e: print("TypeError:", e)
T = type("T", (A,), {"y": 2, "__doc__": "doc", "__qualname__": "Q.T", "__module__": "mod"})
print(T.__qualname__, T.__module__, T.__doc__, T().y, T.__mro__[1].__name__)
try:
    type("T", (), {"__qualname__": 5})
except TypeError as e: print("TypeError:", e)
try:
    type("T\0", (), {})
except ValueError as e: print("ValueError:", e)
try:
    type(b"T", (), {})
except TypeError as e: print("TypeError:", e)
print(type.__name__, type(type), isinstance(type, type), issubclass(type, object), type.__base__)
print(int.__qualname__, int.__module__, len.__qualname__)
class Abstract:
    def method(self):
        raise NotImplementedError("subclass must implement")
class Concrete(Abstract):
    def method(self): return "ok"
try:
    Abstract().method()
except NotImplementedError as e: print("NotImplementedError:", e)
print(Concrete().method())
print(NotImplemented, repr(NotImplemented), bool(NotImplemented) if False else "")
class Rec:
    def __init__(self, **kw):
        for k, v in kw.items(): setattr(self, k, v)
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    def __eq__(self, o):
        return type(o) is type(self) and vars(o) == vars(self)
print(Rec(a=1, b="x"), Rec(a=1) == Rec(a=1), Rec(a=1) != Rec(a=2))
print(isinstance(1, (str, (int, float))), issubclass(bool, (int,)))
try:
    isinstance(1, [int])
except TypeError as e: print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e: print("TypeError:", e)
class IC(type):
    def __instancecheck__(cls, inst): return inst == 42
    def __subclasscheck__(cls, sub): return sub is int
class Magic(metaclass=IC): pass
print(isinstance(42, Magic), isinstance(41, Magic), issubclass(int, Magic), issubclass(str, Magic))
