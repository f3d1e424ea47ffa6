# Attribute reads, writes and method calls at the same code site stay right when the classes
# behind them change: properties, __setattr__ and __getattribute__ appearing later, shadowing
# instance attributes, deleted attributes, __class__ assignment, many shapes at one site.
class A:
    def __init__(self, v): self.v = v
    def get(self): return self.v
def read(o): return o.v
def call(o): return o.get()
def write(o, x): o.v = x
objs = [A(i) for i in range(5)]
print([read(o) for o in objs], [call(o) for o in objs])
# a data descriptor appears on the class: reads now go through it
A.v = property(lambda self: "prop")
print(read(objs[0]), call(objs[1]))
del A.v
print(read(objs[0]))
# the method is replaced on the class
A.get = lambda self: "new get"
print(call(objs[2]))
# an instance attribute shadows the method
objs[3].get = lambda: "own get"
print(call(objs[3]), call(objs[4]))
# __setattr__ added later
for o in objs: write(o, 1)
A.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 10)
write(objs[0], 2); print(objs[0].v)
del A.__setattr__
write(objs[0], 3); print(objs[0].v)
# __getattribute__ added later
A.__getattribute__ = lambda self, k: "ga:" + k
print(read(objs[1]))
del A.__getattribute__
print(read(objs[1]))
# deleting the attribute
del objs[2].v
try: read(objs[2])
except AttributeError as e: print(e)
write(objs[2], 9); print(read(objs[2]))
# __class__ assignment
class B:
    def get(self): return "B.get"
o = objs[4]; o.__class__ = B
print(call(o), read(o))
# subclass change of base
class C(A): pass
c = C(7); print(call(c), read(c))
A.get = lambda self: "A again"
print(call(c))
# many attributes beyond inline slots
class Many: pass
def fill(m):
    for n in "abcdefghij": setattr(m, n, n)
def add8(m):
    m.a = 1; m.b = 2; m.c = 3; m.d = 4; m.e = 5; m.f = 6; m.g = 7; m.h = 8
for _ in range(3):
    m = Many(); add8(m); print(sorted(vars(m).items()))
# slots
class S:
    __slots__ = ("x",)
def sx(o, v): o.x = v
s1 = S(); sx(s1, 1); sx(s1, 2); print(s1.x)
try: S().y = 1
except AttributeError as e: print(e)
# __dict__ taken then attribute write
class D: pass
d = D(); write(d, 1); d.__dict__; write(d, 2); print(read(d), d.__dict__)
# builtin methods through LOAD_METHOD
def app(l, x): l.append(x)
l = []; app(l, 1); app(l, 2)
class L(list): pass
ll = L(); app(ll, 3); print(l, ll)
def bl(x): return x.bit_length()
print(bl(5), bl(255), bl(True), bl(2**70))
# one site, many shapes (more than a site remembers), then a change to their common base
class Base:
    def __init__(self, n): self.n = n
    def kind(self): return "base"
subs = []
for i in range(7):
    subs.append(type("Sub%d" % i, (Base,), {"extra%d" % i: i}))
made = [cls(i) for i, cls in enumerate(subs)]
for m in made[::2]: m.tag = "even"
def describe(o): return (o.n, o.kind(), getattr(o, "tag", None))
print([describe(m) for m in made])
print([describe(m) for m in made])
Base.kind = lambda self: "changed"
subs[3].kind = lambda self: "sub3"
print([describe(m) for m in made])
Base.n = property(lambda self: -1)
print([describe(m) for m in made])
