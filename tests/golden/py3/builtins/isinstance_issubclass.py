class A: pass
class B(A): pass
class C(B): pass
class D: pass
class E(C, D): pass
objs = [A(), B(), C(), D(), E(), 1, True, 1.0, "s", None]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (D, int)), isinstance(o, (str, (float, B))))
print(issubclass(bool, int), issubclass(int, bool), issubclass(E, (D,)), issubclass(C, C))
print(issubclass(E, object), issubclass(type, object), issubclass(object, type))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(isinstance(A, type), issubclass(B, (int, str)), issubclass(B, ()))
print([k.__name__ for k in E.__mro__])
print(E.__bases__ == (C, D), B.__base__ is A, A.__subclasses__() == [B])
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta): pass
print(isinstance("magic", M), isinstance("other", M), issubclass(int, M), issubclass(str, M))
for args in [(1, 1), (1, (int, 5))]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, float | int))
print(type(1) is int, type(True) is bool, type(type) is type, type(A()) is A)
try:
    class Bad(A, B): pass
except TypeError as e:
    print("TypeError:", e)
issubclass(A, "not a class")
