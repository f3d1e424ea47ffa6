class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))
class A(Base, tag="a"): pass
class B(A): pass
print(Base.registry, A.tag, B.tag)
try:
    class C(Base, nope=1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(object, x=1): pass
except TypeError as e:
    print("TypeError:", e)

class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, "unset")
class H:
    a = Desc()
    b = Desc()
print(H().a, H.a.name)

class BadSN:
    def __set_name__(self, owner, name):
        raise ValueError("boom " + name)
try:
    class K:
        z = BadSN()
except Exception as e:
    print(type(e).__name__, e, e.__cause__, getattr(e, '__notes__', None))

class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G[1, 2])
class GG(G): pass
print(GG["x"])
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)
try:
    class Z: pass
    Z[1]
except TypeError as e:
    print("TypeError:", e)
print(list[int], dict[str, int], tuple[int, ...])
