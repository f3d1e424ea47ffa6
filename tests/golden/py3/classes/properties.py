class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
print(Temp.celsius.__doc__, type(Temp.celsius).__name__, Temp.fahrenheit.fset)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)
s = Sub(5)
print(s.celsius)
s.celsius = 7
print(s.celsius)
def getx(self): return "x via property()"
class Old:
    x = property(getx, doc="old style")
print(Old().x, Old.x.__doc__)
class Lazy:
    @property
    def value(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "getattr fallback for " + name
print(Lazy().value)
