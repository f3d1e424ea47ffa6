class P:
    def __init__(self):
        self.x = 10
        self.items = [1, 2, 3]
        self.d = {"key": "v", 0: "int zero"}
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "P-str"
p = P()
print("{} {} {}".format(1, "a", None))
print("{0} {1} {0} {2}".format("x", "y", "z"))
print("{a}-{b}-{a}".format(a=1, b=2), "{0}{k}".format(0, k="K"))
print("{0.x} {0.items[1]} {0.d[key]} {0.d[0]}".format(p))
print("{p.x} {p.items[2]} {lst[0]} {dct[a b]}".format(p=p, lst=[9], dct={"a b": "spaced"}))
print("{!r} {!s} {!a} {!r:>8}".format(p, p, "é", "r"))
print("{:>{}}|{:{fill}^{width}}|".format("x", 5, "c", fill="*", width=7))
print("{0:{1}.{2}f}".format(3.14159, 10, 3), "{:{}{}}".format(42, ">", 6))
print("{{}} {{{0}}} {{".format(5) + "}")
print("{:d} {:x} {:>6.2f}".format(42, 255, 2.5))
print("{}".format(p), "{!r}".format(p), format(p), str.format("{}", 1))
print("{0[0]}{0[1]}".format("ab"), "{0[-1]}".format({"-1": "neg key"}))
for fmt, args, kw in [("{}{0}", (1, 2), {}), ("{0}{}", (1, 2), {}), ("{2}", (1,), {}), ("{x}", (), {}),
                      ("{0.missing}", (p,), {}), ("{0[5]}", ([1],), {}), ("{!z}", (1,), {}),
                      ("{", (), {}), ("}", (), {}), ("{0:{1:{2}}}", (1, 2, 3), {}), ("{:d}", ("s",), {}),
                      ("{0:x}", (1.5,), {}), ("{:,s}", ("a",), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Fmt:
    def __format__(self, spec):
        return "[" + spec.upper() + "]"
print("{:abc} {:} {f:x}".format(Fmt(), Fmt(), f=Fmt()), f"{Fmt():nested {1+1}}")
print("{0}{1}".format(*"xy"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{:%}".format(0.25), "{:.1%}".format(1 / 3), "{:,}".format(1234567), "{:_}".format(10**8))
print("{0:}".format("empty spec"), "{0!s:}".format(3))
"{0} {1}".format("only one")
