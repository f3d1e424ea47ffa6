# A class's __name__ and __qualname__ are type slots, not namespace entries: assigning
# them renames the class (its repr and its error messages) and leaves __dict__ alone.


def make():
    class Inner:
        def __init__(self, **kwargs):
            self.__dict__.update(kwargs)

    Inner.__qualname__ = "Renamed"
    Inner.__module__ = "elsewhere"
    return Inner


cls = make()
print(cls, cls.__name__, cls.__qualname__, "__qualname__" in cls.__dict__)
print(vars(cls(a=1, b=[2])))

class A:
    pass

A.__name__ = "B"
print(A, A.__name__, A.__qualname__)
for attr, value in [("__name__", 1), ("__qualname__", None), ("__mro__", ()), ("__dict__", {}), ("__base__", object)]:
    try:
        setattr(A, attr, value)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    A(1)
except TypeError as e:
    print(e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print(e)
print(A.__name__, int.__name__)
