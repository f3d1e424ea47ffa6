class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"injected": 42}
class Base(metaclass=Meta):
    def method(self): pass
class Child(Base, tag="child"):
    x = 1
    def __init__(self, v):
        self.v = v
c = Child(5)
print(c.v, Child.tag, Base.tag, Child.injected, type(Child).__name__, type(Meta).__name__)
Dyn = type("Dyn", (object,), {"hello": lambda self: "dyn hello", "n": 3})
print(Dyn().hello(), Dyn.n, Dyn.__name__, type(Dyn).__name__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self): print("One created")
print(One() is One())
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Child, Meta), isinstance(Child, type), type(type) is type)
class Registry(type):
    classes = []
    def __init__(cls, *a):
        super().__init__(*a)
        Registry.classes.append(cls.__name__)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
