class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, bases, sorted(kw))
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        return super().__call__(*a, **k)

class A(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v=0):
        self.v = v

a = A(5)
print(a.v, A.injected, type(A).__name__)
class B(A):
    pass
print(type(B), B.__mro__)
b = B(v=3)
print(b.v)

class OrderedMeta(type):
    @classmethod
    def __prepare__(m, name, bases):
        return []
try:
    class C(metaclass=OrderedMeta):
        pass
except TypeError as e:
    print("TypeError:", e)

class BadPrep(type):
    @staticmethod
    def __prepare__(name, bases):
        return 42
try:
    class D(metaclass=BadPrep):
        x = 1
except TypeError as e:
    print("TypeError:", e)

def meta_func(name, bases, ns):
    print("func meta", name, bases, sorted(k for k in ns if not k.startswith('__')))
    return 17
class E(metaclass=meta_func):
    y = 2
print(E)

class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
print(type.__prepare__("a", ()))
try:
    type("A", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    type()
except TypeError as e:
    print("TypeError:", e)
T = type("T", (object,), {"a": 1, "f": lambda self: self.a * 2})
print(T().f(), T.__name__, T.__qualname__, T.__module__)
try:
    class Q(int, str): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Q2(bool): pass
except TypeError as e:
    print("TypeError:", e)
