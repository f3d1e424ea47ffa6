class S:
    __slots__ = ('a', 'b')
s = S()
s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.b
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(s, '__dict__'), S.a, type(S.a).__name__)
try:
    class Bad:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad2:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad3:
        __slots__ = 1
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad4:
        __slots__ = ('1x',)
except TypeError as e:
    print("TypeError:", e)
class W:
    __slots__ = ('__weakref__', '__dict__', 'v')
w = W(); w.v = 1; w.q = 2
print(w.__dict__)
class P:
    __slots__ = '__priv'
    def set(self): self.__priv = 5; return self.__priv
print(P().set(), sorted(k for k in P.__dict__ if 'priv' in k))
class Sub(S):
    pass
x = Sub(); x.z = 9; print(x.__dict__)
class Sub2(S):
    __slots__ = ('c',)
y = Sub2(); y.a = 1; y.c = 2
try: y.d = 1
except AttributeError as e: print("AttributeError:", e)
try:
    class L1: __slots__ = ('a',)
    class L2: __slots__ = ('b',)
    class L3(L1, L2): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class I(int): __slots__ = ('a',)
except TypeError as e:
    print("TypeError:", e)
class T(tuple): __slots__ = ()
print(T((1,2)))
print(S.__slots__, Sub2.__slots__)
class D:
    __slots__ = {'p': 'doc p', 'q': 'doc q'}
print(D.p.__doc__, D.__slots__)
print(repr(S.a)[:30])
for slots in [('a','a'), ('__weakref__','__weakref__'), '__dict__', ('__dict__',), 'a b', '', ('', ), ('a', 1)]:
    try:
        class A: __slots__ = slots
        print("ok", slots, A.__slots__, [k for k in A.__dict__ if not k.startswith('__') or k in ('__dict__', '__weakref__')])
    except Exception as e:
        print(type(e).__name__, e)
class B: pass
try:
    class C(B): __slots__ = ('__dict__',)
except Exception as e: print(type(e).__name__, e)
for base in (str, bytes, tuple, float, list, dict, Exception):
    try:
        class D(base): __slots__ = ('a',)
        d = D(); d.a = 1; print(base.__name__, "ok", d.a)
    except Exception as e: print(base.__name__, type(e).__name__, e)
class E:
    __slots__ = ('__x', '__y__', '_z')
print(sorted(k for k in E.__dict__ if 'x' in k or 'y' in k or 'z' in k))
class F: __slots__ = iter(["p", "q"])
print(F.p, type(F.__slots__).__name__)
class G: __slots__ = ['m']
print(G.__slots__)
class H: __slots__ = {'k': 1}
print(type(H.__slots__))
