class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.x).__name__)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, "__dict__"), sorted(q.__dict__))
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 9
print(r.x, r.y, r.w, hasattr(r, "__dict__"))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = "ok"
print(s.only, Single.__slots__)
try:
    class Clash:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)
