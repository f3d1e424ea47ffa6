class Both:
    def __repr__(self): return "Both()"
    def __str__(self): return "both as str"
class ReprOnly:
    def __repr__(self): return "ReprOnly()"
class StrOnly:
    def __str__(self): return "str only"
b, r = Both(), ReprOnly()
print(b, repr(b), str(b), f"{b}", f"{b!r}", [b], (r,), {"k": b})
print(r, str(r), "%s %r" % (b, b))
print(str(StrOnly()), repr(StrOnly()).startswith("<__main__.StrOnly object at "))
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec or 'empty'}]"
print(format(Fmt()), f"{Fmt():>10}", "{:x}".format(Fmt()))
try:
    format(ReprOnly(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(ReprOnly(), ""))
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(Sized(3)), bool(Sized(0)), bool(Sized(2)))
class Truthy:
    def __bool__(self): return False
    def __len__(self): return 10
print(bool(Truthy()), len(Truthy()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
print(repr("quote's"), repr('dq"'), repr("both'\""), str(None), repr(None), str([None, "s"]))
class Sub(int):
    def __repr__(self): return f"Sub({int(self)})"
print(Sub(5), str(Sub(5)), Sub(5) + 1, [Sub(2)])
