class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.kind}: {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
class Puppy(Dog):
    def speak(self):
        return super(Dog, self).speak() + " (yip)"
a, d, p = Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")
for x in (a, d, p):
    print(x.describe())
print(isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy), d.breed)
print(Puppy.__bases__[0].__name__, Puppy.__base__.__name__, [c.__name__ for c in Puppy.__mro__])
print(Animal.__subclasses__()[0].__name__, type(p).__name__, p.__class__.__name__)
class Base:
    def __init__(self):
        print("Base init")
class NoInit(Base):
    pass
NoInit()
print(issubclass(bool, int), bool.__mro__, object.__bases__)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B+" + super().who()
class C(A):
    def who(self): return "C+" + super().who()
class D(B, C):
    def who(self): return "D+" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
class Meth:
    @classmethod
    def make(cls): return cls.__name__
class SubMeth(Meth):
    @classmethod
    def make(cls): return "sub " + super().make()
print(SubMeth.make())
