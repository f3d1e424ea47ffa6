# Builtin functions over user protocols: reversed/len/iter/dir/getattr, sorting and min/max errors, hashes.
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
class NoLen:
    def __getitem__(self, i): return i
class Rev:
    def __reversed__(self): return iter("zyx")
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
class BadLen:
    def __len__(self): return -1
    def __getitem__(self, i): return i
class BigLen:
    def __len__(self): return 2**70
class FloatLen:
    def __len__(self): return 1.5
t(lambda: list(reversed(Seq())))
t(lambda: reversed(NoLen()))
t(lambda: list(reversed(Rev())))
t(lambda: reversed(RevNone()))
t(lambda: reversed(BadLen()))
t(lambda: len(BadLen()))
t(lambda: len(BigLen()))
t(lambda: len(FloatLen()))
t(lambda: list(iter(Seq())))
t(lambda: list(Seq()))
t(lambda: 20 in Seq())
t(lambda: 25 in Seq())
r = reversed([1, 2, 3])
t(lambda: (next(r), r.__length_hint__(), list(r), r.__length_hint__()))
t(lambda: list(reversed(range(10**20, 10**20 + 3))))
t(lambda: list(reversed("abc")))
t(lambda: list(reversed(b"abc")))
t(lambda: list(reversed((1, 2))))
t(lambda: type(reversed(range(3))).__name__)
t(lambda: type(reversed("ab")).__name__)
t(lambda: type(reversed([])).__name__)
t(lambda: type(reversed(Seq())).__name__)
it = iter([1, 2, 3, 4].pop, 2)
t(lambda: list(it))
t(lambda: list(iter(iter([1, 2, 3]).__next__, 3)))
t(lambda: iter(len, 1, 2))
t(lambda: iter(5, 1))
t(lambda: type(iter(int, 1)).__name__)
class C:
    cv = 1
    def __init__(self): self.a = 1; self._b = 2
    def m(self): pass
t(lambda: vars(C()))
t(lambda: vars(math)["pi"])
t(lambda: vars())
t(lambda: [n for n in dir(C()) if not n.startswith("__")])
t(lambda: dir(C) == sorted(dir(C)))
class DD:
    def __dir__(self): return ["b", "a", "c"]
t(lambda: dir(DD()))
class DD2:
    def __dir__(self): return 5
t(lambda: dir(DD2()))
class DD3:
    def __dir__(self): return ("z", "y")
t(lambda: dir(DD3()))
def f():
    x = 1; y = 2
    return dir()
t(lambda: f())
t(lambda: dir(1, 2))
t(lambda: [n for n in dir(math) if not n.startswith("_")][:5])
t(lambda: getattr(C(), "a"))
t(lambda: getattr(C(), "zz", "dflt"))
t(lambda: getattr(C, "m").__name__)
t(lambda: getattr(C(), "zz"))
t(lambda: setattr(C(), 5, 1))
t(lambda: delattr(C(), "zz"))
t(lambda: hasattr(C(), "a"))
class Boom:
    def __getattr__(self, n): raise ValueError("boom")
t(lambda: hasattr(Boom(), "x"))
t(lambda: getattr(Boom(), "x", 1))
t(lambda: sorted([3, 1, 2], reverse=True))
t(lambda: sorted([3, "a"]))
t(lambda: sorted([1, None]))
t(lambda: sorted([[1], (1,)]))
t(lambda: sorted([{1}, {2}, {1, 2}]))
t(lambda: sorted([1j, 2j]))
t(lambda: sorted("bca", key=None))
t(lambda: sorted([1, 2], key=5))
t(lambda: sorted([(1, "b"), (1, "a"), (0, "z")]))
t(lambda: sorted([3, 1, 2], key=lambda x: -x, reverse=True))
t(lambda: min([3, 1, 2], key=lambda x: -x))
t(lambda: max("abc", "abd", key=len))
t(lambda: max([1, "a"]))
t(lambda: min([], default=None))
t(lambda: min(1, 2, key=None))
t(lambda: max([float("nan"), 1, 2]))
t(lambda: max([1, float("nan"), 2]))
t(lambda: min(x for x in [3, 2]))
t(lambda: max(5))
t(lambda: max([]))
t(lambda: max((), default=7, key=len))
t(lambda: list(enumerate("ab", start=True)))
t(lambda: list(enumerate("ab", -1)))
t(lambda: list(enumerate(iterable="ab", start=5)))
t(lambda: list(enumerate("ab", start="x")))
t(lambda: list(zip("ab", [1, 2, 3], strict=False)))
t(lambda: list(zip(*["ab", "cd"])))
t(lambda: list(zip()))
t(lambda: list(zip("a", strict=True)))
t(lambda: list(zip(range(3), range(2), strict=True)))
t(lambda: list(zip(range(2), range(3), range(2), strict=True)))
t(lambda: list(map(pow, [2, 3], [2, 3], [5, 5])))
t(lambda: list(map(lambda: 1, [1])))
t(lambda: list(filter(str.isdigit, "a1b2")))
t(lambda: list(filter(None, range(-2, 3))))
t(lambda: abs(-5.5), )
class A:
    def __abs__(self): return "abs!"
t(lambda: abs(A()))
t(lambda: abs([]))
t(lambda: abs(-10**30))
t(lambda: abs(complex(3, -4)))
t(lambda: [chr(x) for x in (0, 65, 0x10FFFF, 0xD800)])
t(lambda: chr(True))
t(lambda: ord("é"))
t(lambda: ord(b"\xff"))
t(lambda: ord("\ud800"))
t(lambda: (bin(0), oct(0), hex(0), bin(-0)))
class Ix:
    def __index__(self): return 255
t(lambda: (bin(Ix()), oct(Ix()), hex(Ix())))
t(lambda: bin(1.0))
t(lambda: hex("1"))
t(lambda: ascii(b"\xff"))
t(lambda: ascii(1.5))
t(lambda: ascii({"é": "ü"}))
t(lambda: repr("\t\n\r\x0b\x0c\\"))
t(lambda: repr("\u0378\u00ad\u200b\ufeff\U000e0001"))
t(lambda: repr("日本\u3000"))
l = [1]; l.append(l)
t(lambda: repr(l))
d = {}; d[1] = d
t(lambda: repr(d))
t(lambda: ascii(l))
t(lambda: callable(len))
t(lambda: callable(C))
t(lambda: callable(C()))
t(lambda: (isinstance(True, int), isinstance(1, bool), issubclass(bool, (str, int))))
t(lambda: isinstance(1, ()))
t(lambda: issubclass(int, ()))
t(lambda: isinstance(1, (int, "x")))
t(lambda: isinstance(1, ("x", int)))
t(lambda: issubclass(int, (int, "x")))
t(lambda: issubclass("x", (int,)))
t(lambda: issubclass(int, "x"))
t(lambda: isinstance(int, type))
t(lambda: isinstance(None, type(None)))
t(lambda: id(1) == id(1))
t(lambda: hash(1) == hash(1.0) == hash(True) == hash(complex(1, 0)))
t(lambda: hash(0.5) == hash(complex(0.5, 0)))
t(lambda: hash(-0.0) == hash(0))
t(lambda: hash((1, 2)) == hash((1.0, 2.0)))
t(lambda: hash(frozenset([1, 2])) == hash(frozenset([2.0, 1.0])))
t(lambda: hash(()))
t(lambda: hash((1,)))
t(lambda: hash((1, (2, 3))))
t(lambda: hash(frozenset()))
t(lambda: hash(range(3)))
t(lambda: hash(slice(1, 2)))
t(lambda: hash(None) == hash(None))
t(lambda: hash(1e300))
t(lambda: hash(-1.5))
t(lambda: hash(2**64))
t(lambda: hash(-(2**64)))
t(lambda: hash(complex(1, 1)))
t(lambda: hash(complex(0, -1)))
t(lambda: divmod(2**65, -3))
t(lambda: divmod(-2**65, 3.5))
t(lambda: sum(range(10**6)))
t(lambda: sum([0.5] * 3, 1))
t(lambda: sum([], start=[]))
t(lambda: sum(([1], [2]), start=[0]))
t(lambda: sum(iter([1j, 2])))
t(lambda: sum([1, 2], 0.5))
t(lambda: sum([True, 2.5]))
t(lambda: sum([[1]], ()))
t(lambda: format(12, "b"), )
t(lambda: format("x"))
t(lambda: format())
t(lambda: format(1, None))
