class NonData:
    def __get__(self, obj, typ=None):
        return ("nondata", obj is None, typ.__name__)
class Data:
    def __get__(self, obj, typ=None):
        return "data"
    def __set__(self, obj, v):
        print("Data.__set__", v)
class SetOnly:
    def __set__(self, obj, v):
        print("SetOnly.__set__", v)
class DelOnly:
    def __get__(self, o, t): return "delonly-get"
    def __delete__(self, obj):
        print("DelOnly.__delete__")
class C:
    nd = NonData()
    d = Data()
    so = SetOnly()
    do = DelOnly()
c = C()
print(c.nd, C.nd)
c.__dict__['nd'] = 'inst'
print(c.nd)
c.__dict__['d'] = 'inst'
print(c.d)
c.d = 5
print(c.__dict__)
print(type(c.so).__name__)
c.so = 3
c.__dict__['so'] = 'shadow'
print(c.so)
c.do = 7
print(c.do)
del c.do
class Meta(type):
    @property
    def x(cls): return "meta-x"
    @x.setter
    def x(cls, v): print("meta set", v)
class M(metaclass=Meta):
    x = "class-x"
print(M.x, M().x)
M.x = 1
print(M.__dict__['x'])
class P:
    @property
    def v(self):
        "the v"
        return 1
    @v.setter
    def v(self, val): print("set", val)
    @v.deleter
    def v(self): print("deleted")
p = P(); p.v = 2; del p.v; print(p.v, P.v.__doc__, P.v.fget.__name__)
class RO:
    @property
    def r(self): return 1
try:
    RO().r = 2
except AttributeError as e: print("AttributeError:", e)
try:
    del RO().r
except AttributeError as e: print("AttributeError:", e)
class WO:
    w = property(None, lambda s, v: None)
try:
    WO().w
except AttributeError as e: print("AttributeError:", e)
print(property().__doc__, property(doc="x").__doc__)
class Sub(property): pass
class Q:
    @Sub
    def z(self): 
        "zdoc"
        return 9
print(Q().z, Q.z.__doc__, type(Q.z).__name__)
print(classmethod(len).__func__, staticmethod(len).__func__)
class CM:
    @classmethod
    @property
    def cp(cls): return cls.__name__ + "!"
print(CM.cp, CM().cp)
sm = staticmethod(lambda: 5)
print(sm(), callable(sm))
cm = classmethod(lambda c: c)
try:
    cm()
except TypeError as e: print("TypeError:", e)
print(repr(staticmethod(len))[:40], repr(classmethod(len))[:40])
print(C.__dict__['nd'].__get__(None, C))
print(property.__get__(P.v, None, P) is P.v)
