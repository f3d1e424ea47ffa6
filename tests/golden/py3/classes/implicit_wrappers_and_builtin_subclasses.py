class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x):
        print("init", x)
    def __init_subclass__(cls):
        print("sub", cls.__name__)
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(type(A.__dict__['__new__']).__name__, type(A.__dict__['__init_subclass__']).__name__, type(A.__dict__['__class_getitem__']).__name__)
a = A(1)
class B(A): pass
print(B[int])
class N:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(N())
class N2:
    def __new__(cls, *a):
        return object.__new__(A)
    def __init__(self):
        print("never2")
print(type(N2()).__name__)
class Init:
    def __init__(self):
        return 5
try:
    Init()
except TypeError as e:
    print("TypeError:", e)
class E:
    pass
try:
    E(1)
except TypeError as e:
    print("TypeError:", e)
class NewOnly:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(NewOnly(1)).__name__)
class BadSuperNew:
    def __new__(cls, a):
        return super().__new__(cls, a)
try:
    BadSuperNew(1)
except TypeError as e:
    print("TypeError:", e)
class InitOnly:
    def __init__(self, a):
        super().__init__(a)
try:
    InitOnly(1)
except TypeError as e:
    print("TypeError:", e)
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = True
l = L([1, 2])
print(l, l.extra, type(l[:]).__name__, type(l + l).__name__, len(l))
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d["zz"], d, d.get("q"), type(d.copy()).__name__)
class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def shout(self): return self + "!"
s = S("hi")
print(s, s.shout(), type(s.shout()).__name__, repr(s), s == "HI", hash(s) == hash("HI"))
class I(int):
    def __repr__(self): return f"I({int(self)})"
print(I(5), I(5) + 1, type(I(5) + 1).__name__, str(I(7)), f"{I(3)}", [I(2)])
class F(float): pass
print(F(1.5), repr(F(2)), F(1.5).is_integer(), type(-F(1)).__name__)
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
t = T(1, 2)
print(t, t[0], len(t), type(t).__name__, t == (1, 2))
class Ex(Exception):
    def __str__(self): return "custom str"
print(str(Ex("x")), repr(Ex("x")), Ex("a", "b").args)
try:
    raise Ex("zz")
except Ex as e:
    print(f"{e}", e.args)
class K(KeyError): pass
print(str(K("k")), str(KeyError()), str(K()))
class Fr(frozenset): pass
print(sorted(Fr([3, 1])), type(Fr([1]) | Fr([2])).__name__)
class BB(bytes): pass
print(BB(b"ab"), repr(BB(b"x")), type(BB(b"a") + b"b").__name__)
