# Stores into __slots__ members run through the attribute caches: first stores (which add the
# member to the instance), overwrites, subclass slots, a __dict__ subclass, delete and store again.
class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class W(V):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        V.__init__(self, x, y)
        self.z = z

class D(V):
    pass

def make(cls, *a):
    return cls(*a)

for i in range(3):
    for o in (V(1, 2), W(1, 2, 3), D(4, 5)):
        o.x = i
        print(type(o).__name__, o.x, o.y, getattr(o, "z", None))
    try:
        v = V(1, 2)
        v.w = 3
    except AttributeError as e:
        print("AttributeError", e)
    d = D(1, 2)
    d.w = 9
    print(d.w, d.__dict__)
    v = V(1, 2)
    del v.x
    try:
        print(v.x)
    except AttributeError as e:
        print("AttributeError", e)
    v.x = 7
    print(v.x)
