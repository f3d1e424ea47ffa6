print(True + True + True, True - False, True * False, True / True, True // True, True % True, True ** False)
print(-True, ~True, ~False, +True, abs(-True), int(True), float(False), complex(True))
print(True == 1, False == 0, True > False, sorted([True, False, 2, -1, 0.5]))
print(sum([True] * 10), [True, False].count(1), [1, 0].index(False), {True: "a", 1: "b", 1.0: "c"})
print(str(True), repr(False), f"{True}", f"{True:d}", f"{True:>6}", "%s %d" % (True, True), format(False, "03"))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0j), bool(""), bool(" "), bool([]), bool([0]))
print(bool(None), bool(()), bool({}), bool(set()), bool(range(0)), bool(range(1)), bool(float("nan")))
class Falsy:
    def __bool__(self):
        return False
class Lenful:
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(Falsy()), bool(Lenful()), bool(Neither()), not Falsy(), Falsy() or "fallback", bool(Lenful() and "never"))
print(True and 5, 0 and 5, None or 0 or "", 3 or 4, not 0, not "x", (1 < 2) + (2 < 3))
print(isinstance(True, int), issubclass(bool, int), type(True + 1).__name__, type(True & True).__name__, type(True | 0).__name__)
print(True << 4, True >> 1, True ^ 1, True & 3, bool.__bases__[0].__name__, True.real, True.imag, True.numerator)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(bool("False"), bool(int("0")), bool.__name__, True.__class__ is bool, hash(True), hash(False))
if BadBool():
    print("unreachable")
