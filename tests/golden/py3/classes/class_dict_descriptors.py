class A:
    x = 1
    def f(self): pass
print(list(A.__dict__))
class B(A): pass
print(list(B.__dict__))
class S:
    __slots__ = ('a', 'b')
print(list(S.__dict__))
class T(S):
    __slots__ = ('c',)
    y = 2
print(list(T.__dict__))
class U(S): pass
print(list(U.__dict__))
class V(list): pass
print(list(V.__dict__))
class W(Exception): pass
print(list(W.__dict__))
print(sorted(set(dir(A)) ^ set(dir(S))))
print(A.__dict__['__dict__'], A.__dict__['__weakref__'], S.__dict__['a'])
print(A.__dict__['__dict__'].__get__(A()))
class X(set): pass
print(list(X.__dict__))
class M(type): pass
print(list(M.__dict__))
class A:
    __slots__ = ('b', '__weakref__', 'a', '__dict__')
print(list(A.__dict__))
class B(A): pass
print(list(B.__dict__))
class C:
    __slots__ = ('__weakref__',)
class D(C): pass
print(list(C.__dict__), list(D.__dict__))
class E:
    "doc"
    x = 1
print(list(E.__dict__))
class F(int): pass
print(list(F.__dict__))
class G(object): __slots__ = ()
class H(G): pass
print(list(G.__dict__), list(H.__dict__))
def f(): pass
class K(KeyError): __slots__ = ('z',)
print(list(K.__dict__))
print(type(E.__dict__['__dict__']).__name__, type(A.__dict__['a']).__name__)
print(E.__dict__['__dict__'].__name__, E.__dict__['__dict__'].__objclass__, A.a.__name__, A.a.__objclass__)
try:
    E.__dict__['__dict__'].__get__(1)
except TypeError as e: print(e)
try:
    A.a.__get__(1)
except TypeError as e: print(e)
print(E.__weakref__, E().__weakref__)
e = E()
E.__dict__['__dict__'].__set__(e, {'q': 1})
print(e.q)
