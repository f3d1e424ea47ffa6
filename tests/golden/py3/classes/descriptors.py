class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __init__(self, typ):
        self.typ = typ
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"descriptor on {objtype.__name__}"
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f"{self.name[1:]} must be {self.typ.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person("Ann", 30)
print(p.name, p.age, Person.name)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class NonData:
    def __get__(self, obj, t=None):
        return "from non-data"
class Data:
    def __get__(self, obj, t=None):
        return "from data"
    def __set__(self, obj, v):
        print("data set", v)
class Holder:
    nd = NonData()
    d = Data()
h = Holder()
h.__dict__["nd"] = "instance wins over non-data"
h.__dict__["d"] = "instance loses to data"
print(h.nd, "|", h.d)
h.d = 5
class Deleter:
    def __get__(self, o, t=None): return 1
    def __delete__(self, o): print("delete called")
class HD:
    x = Deleter()
del HD().x
class Method:
    def __init__(self, f): self.f = f
    def __get__(self, obj, t=None):
        if obj is None: return self
        return lambda *a: self.f(obj, *a)
class UsesMethod:
    @Method
    def hello(self, who): return f"hello {who} from {type(self).__name__}"
print(UsesMethod().hello("you"), type(UsesMethod.hello).__name__)
def plain(self): return "bound " + type(self).__name__
bound = plain.__get__(h, Holder)
print(bound(), type(bound).__name__)
