class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    x = 10
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
    def g(self): return super(B, self).f(), super(A, self).__class__, super().x
    def h(self):
        return super().s()
print(B().f(), B.c(), B().g()[0], B().g()[2], B().h())
sp = super(B, B())
print(repr(sp)[:40])
print(super(B).__self__, super(B).__thisclass__)
try:
    super(B, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
def nofree(self):
    return super().f()
try:
    nofree(B())
except RuntimeError as e:
    print("RuntimeError:", e)
class C(B):
    def f(self):
        def inner():
            return super().f()
        try:
            return inner()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
print(C().f())
class D(B):
    def f(self):
        return [super().f() for _ in range(1)]
print(D().f())
try:
    super(B, B()).nope
except AttributeError as e:
    print("AttributeError:", e)
class E(A):
    def __init__(self):
        super().__init__()
        self.v = 1
    def __repr__(self):
        return "E!" + super().__repr__()[:3]
print(E())
sp = super(B, B)
print(sp.c(), sp.f)
class Prop(A):
    @property
    def p(self): return super().x + 1
print(Prop().p)
print(super(int, True).__repr__())
