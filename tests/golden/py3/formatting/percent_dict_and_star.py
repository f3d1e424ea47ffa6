row = {"name": "widget", "qty": 7, "price": 3.5, "ratio": 0.125}
print("%(name)-10s|%(qty)5d|%(price)8.2f|%(ratio).1%%" % row if False else "%(name)-10s|%(qty)5d|%(price)8.2f|%(ratio)5.3f" % row)
print("%(qty)s %(qty)r %(qty)x %(qty)o %(qty)e" % row)
print("%(a)s%(a)s%(b)s" % {"a": "x", "b": "y", "unused": 1})
print("%s" % {"dict": "as single arg"}, "%s %s" % ({"a": 1}, [2]))
print("%%(name)s" % (), "%%s %s" % "x")
for w in [-8, 0, 3, 12]:
    print("[%*s] [%-*s] [%*d]" % (w, "ab", w, "ab", w, 42))
for p in [0, 1, 3, 6]:
    print("[%.*f] [%.*s] [%.*e] [%.*g]" % (p, 3.14159, p, "abcdef", p, 31415.9, p, 0.000123456))
print("%*.*s|" % (8, 2, "xyz"), "%-*.*f|" % (9, 1, -2.25))
class M:
    def __getitem__(self, k):
        return k.upper()
print("%(hello)s %(world)s" % M())
print("%c%c" % ("a", 98), "%5c|%-3c|" % ("z", "y"))
print("%r" % ([1, "a"],), "%s" % (("t", 1),), "%a %a" % ("日本", b"x"))
print("%i %d %u" % (-0, 10**20, 3), "%+.3d|% 05d" % (7, 42))
print("%#5x|%-#8o|%#X|%08.3f|%-8.2e|" % (10, 8, 255, -3.14159, 1234.5))
print("%(x)d" % {"x": 1.9}, "%d" % -2.9, "%x" % True)
for bad in ["%(x)*d", "%(x", "%-"]:
    try:
        print(bad % {"x": 1})
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print("%s %(x)s" % {"x": 1})
