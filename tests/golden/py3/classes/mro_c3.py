class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls): return " ".join(c.__name__ for c in cls.__mro__)
for cls in (K1, K2, K3, Z):
    print(cls.__name__, ":", names(cls))
class X: pass
class Y: pass
try:
    class Bad(X, Y, X): pass
except TypeError as e:
    print("TypeError:", e)
class P1(X, Y): pass
class P2(Y, X): pass
try:
    class Conflict(P1, P2): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class WrongOrder(O, A): pass
except TypeError as e:
    print("TypeError:", e)
class Ok(A, O): pass
print(names(Ok))
class Diamond1(A): pass
class Diamond2(A): pass
class Bottom(Diamond1, Diamond2): pass
print(names(Bottom))
try:
    class FromInt(int, str): pass
except TypeError as e:
    print("TypeError:", e)
