import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.lshift(1, 4), op.rshift(32, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.concat([1], [2]), op.index(7))
lst = [0, 1, 2, 3]
op.setitem(lst, 0, "z"); op.delitem(lst, 1)
print(lst, op.getitem(lst, 1), op.getitem("hello", slice(1, 3)), op.length_hint([1, 2, 3]), op.length_hint(iter([]), 7))
x = [1]
print(op.iadd(x, [2]), x, op.imul([1], 3), op.iconcat([0], (1,)), op.matmul.__name__)
g = op.itemgetter(1)
g2 = op.itemgetter(0, -1)
gk = op.itemgetter("name")
print(g("abc"), g2("abcdef"), gk({"name": "n"}), g2([10, 20, 30]), sorted([(1, "b"), (2, "a")], key=g))
class P:
    def __init__(self, n, sub=None):
        self.name = n
        self.sub = sub
    def shout(self, suffix="!", times=1):
        return (self.name.upper() + suffix) * times
a = op.attrgetter("name")
a2 = op.attrgetter("name", "sub.name")
print(a(P("x")), a2(P("outer", P("inner"))))
m = op.methodcaller("shout")
m2 = op.methodcaller("shout", "?", times=2)
print(m(P("hey")), m2(P("hey")), op.methodcaller("split", ",")("a,b"), op.methodcaller("upper")("q"))
print(repr(op.itemgetter(1)), repr(op.attrgetter("a.b")), repr(op.methodcaller("f", 1, k=2)))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), sorted(["bb", "a", "ccc"], key=len), op.call(len, "four") if hasattr(op, "call") else "no call")
for fn in [lambda: op.itemgetter(5)([1]), lambda: op.attrgetter("nope")(P("x")), lambda: op.add(1, "a"), lambda: op.index(1.5)]:
    try:
        fn()
    except (IndexError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(op.__name__, op.floordiv(-7, 2), op.mod(-7, 2), op.truediv(1, 4))
op.itemgetter("k")({})
