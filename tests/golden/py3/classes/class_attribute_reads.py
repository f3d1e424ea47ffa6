# Class attribute reads through the class stay right as classes and their bases change.
class Base(object):
    LIMIT = 3
    def __init__(self, v):
        self.v = v
    def twice(self):
        return self.v * 2
class Child(Base):
    def __init__(self, v):
        Base.__init__(self, v + 1)
def read(cls):
    return cls.LIMIT, cls.twice.__name__
for i in range(4):
    print(Child(i).v, read(Base), read(Child))
Base.LIMIT = 10
print(read(Base), read(Child))
Child.LIMIT = 20
print(read(Base), read(Child))
del Child.LIMIT
print(read(Child))
Base.twice = staticmethod(lambda: "static")
print(Base.twice(), Child.twice())
def other(self): return "other"
Base.__init__ = lambda self, v: setattr(self, "v", -v)
print(Child(5).v)
class Meta(type):
    LIMIT = "meta"
class WithMeta(metaclass=Meta):
    pass
def limit(c): return c.LIMIT
print(limit(Base), limit(WithMeta), limit(Base), limit(WithMeta))
print(limit(int) if hasattr(int, "LIMIT") else "no LIMIT on int")


class Factory(object):
    made = 0

    @classmethod
    def make(cls):
        cls.made += 1
        return cls.made

    @staticmethod
    def plain(x):
        return x + 1


def use(cls):
    return cls.make(), cls.plain(1), cls.made


for _ in range(3):
    print(use(Factory))
