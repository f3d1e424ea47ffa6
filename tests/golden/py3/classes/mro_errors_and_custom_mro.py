class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(A, A): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class F(len): pass
except TypeError as e:
    print("TypeError:", e)
class O(type):
    def mro(cls):
        print("mro called", cls.__name__)
        return [cls, object]
class Z(metaclass=O): pass
print(Z.__mro__)
print(P.mro(), P.__bases__, P.__base__)
try:
    A.__bases__ = (B,)
except TypeError as e:
    print("TypeError:", e)
class G: pass
class H: pass
class K(G): pass
K.__bases__ = (H,)
print(K.__mro__)
try:
    K.__bases__ = ()
except TypeError as e:
    print("TypeError:", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)
print(object.__subclasses__ is not None, sorted(c.__name__ for c in A.__subclasses__()))
