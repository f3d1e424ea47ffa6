class Temp:
    def __init__(self, celsius):
        self.c = celsius
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("K"):
            return format(self.c + 273.15, spec[:-1] + "f") + "K"
        return format(self.c, spec or "g") + "°C"
    def __str__(self):
        return "Temp(%s)" % self.c
t = Temp(21.5)
print(format(t), format(t, ".1F"), format(t, ".2K"), f"{t:>8.1f}", "{:.0F}".format(t), str(t), "%s" % t)
class Money(float):
    def __format__(self, spec):
        return "$" + super().__format__(spec or ",.2f")
m = Money(1234567.891)
print(f"{m}", f"{m:.0f}", "{:>15,.3f}".format(m), str(m), repr(m), m + 1)
class IntLike(int):
    pass
print(format(IntLike(255), "x"), f"{IntLike(7):03}", repr(IntLike(3)), str(IntLike(3)))
class StrLike(str):
    def __format__(self, spec):
        return "<" + str.__format__(self, spec) + ">"
print(f"{StrLike('hi'):^6}", format(StrLike("x")), "{}".format(StrLike("y")))
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}", "{!s:>4}".format(NoFormat()))
try:
    f"{NoFormat():>4}"
except TypeError as e:
    print("TypeError:", e)
print(type(format(1.5)).__name__, object.__format__(NoFormat(), ""))
format(NoFormat(), "x")
