# printf-style formatting: what counts as a mapping, '%%' only when adjacent, __index__ objects.
class Idx:
    def __index__(self):
        return 66


class Getter:
    def __getitem__(self, key):
        return "<" + key + ">"


def show(fmt, args):
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), "->", type(e).__name__ + ":", e)


for args in [(), (1,), {"a": 1}, [1], range(3), b"x", Getter(), "s"]:
    for fmt in ["plain", "%%|", "%5%|", "%-%", "%(a)s"]:
        show(fmt, args)
show("%c%c", (Idx(), "z"))
show("%x %o %d", (Idx(), Idx(), Idx()))
show("%.2f|%e|%g", (Idx(), Idx(), Idx()))
show("%f", ("x",))
show("%f", (3j,))
show("%d", ("x",))
show("%c", (3j,))
show(b"%c|%c", (Idx(), b"B"))
show(b"%f", (Idx(),))
show(b"%f", ("x",))
show(b"%c", (300,))
show(b"no args", (1,))
show(b"no args", b"x")
show(b"no args", [1])
print(b"x".__rmod__(b"%s"), bytearray(b"x").__rmod__(b"%s"), b"x".__rmod__(1))
