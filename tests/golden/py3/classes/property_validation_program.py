class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"temperature must be a number, not {type(value).__name__}")
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = float(value)
    @celsius.deleter
    def celsius(self):
        print("  resetting")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @property
    def kelvin(self):
        return self._c + 273.15
    def __repr__(self):
        return f"Temperature({self._c:.2f}C / {self.fahrenheit:.2f}F / {self.kelvin:.2f}K)"

t = Temperature(25)
print(t)
t.fahrenheit = 212
print(t, t.celsius)
del t.celsius
print(t)
for bad in [-300, "hot", None]:
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.kelvin
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.kelvin.fset, Temperature.celsius.fget.__name__)
print(sorted(k for k in vars(t)), [round(Temperature(c).fahrenheit, 1) for c in (-40, 0, 37, 100)])
class Readonly:
    x = property(lambda self: 42, doc="the answer")
print(Readonly().x, Readonly.x.__doc__)
Temperature("cold")
