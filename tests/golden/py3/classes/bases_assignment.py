class A: pass
class B(A): pass
class C: pass
for v in [[A], (), (1,), (B,), (int,), (A, A)]:
    try:
        A.__bases__ = v
    except TypeError as e:
        print("TypeError:", e)
class X(A): pass
class Y(X): pass
X.__bases__ = (C,)
print(Y.__mro__, X.__bases__, X.__base__, A.__subclasses__(), C.__subclasses__())
class E1(Exception): pass
try:
    E1.__bases__ = (A,)
except TypeError as e: print("TypeError:", e)
class P: pass
class Q(P): pass
class R(P): pass
class S(Q, R): pass
try:
    Q.__bases__ = (R,)
    print(S.__mro__)
except TypeError as e: print("TypeError:", e)
class L(list): pass
try:
    L.__bases__ = (A,)
except TypeError as e: print("TypeError:", e)
try:
    del A.__bases__
except TypeError as e: print("TypeError:", e)
