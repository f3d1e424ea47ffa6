vals = [1, -2.5, "str", "it's", 'say "hi"', "both ' and \"", b"by\x00tes", None, True,
        [1, "a"], (1,), (), {"k": [1]}, {1, 2} and None, 1e22, 1j, -0.0, "tab\t\n\\", "cr\rx",
        "caf\u00e9", "\u2603 snow", "\U0001f600", "\x7f\x80\xff", "\u200b"]
for v in vals:
    print(repr(v), ascii(v), str(v).replace("\r", "<CR>"))
print(format(42), format(42, "5d"), format(3.14159, ".2f"), format("x", ">4"), format(255, "#x"))
print(format(True), format(None), format([1, 2]), format(1.0), format(1e16))
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
    def __repr__(self):
        return "F()"
print(format(F(), "abc"), f"{F():xyz}", "{:q}".format(F()), repr(F()), ascii([F()]))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
l = [1]
l.append(l)
print(repr(l))
d = {}
d["self"] = d
print(d)
print(repr("a\x00b\x1bc"), ascii("\ud800"), repr("\ud800x"))
print(repr(chr(0)), repr(chr(0x10ffff)), repr(chr(0xad)), repr(chr(0xa0)), repr(chr(0x3000)))
