# operator: argument errors, reprs of the getter objects, dunder aliases.
import operator as op

print(op.itemgetter(1), op.itemgetter(1, "a"), op.itemgetter(slice(1, 2)))
print(op.attrgetter("a.b", "c"), op.methodcaller("f", 1, k=2), op.methodcaller("g"))
print(op.__add__ is op.add, op.__lt__(1, 2), op.__not__(0), op.__inv__(5), op.__concat__("a", "b"))
print(op.countOf([1, 2, 1, 1.0], 1), op.indexOf("abc", "c"), op.length_hint([1, 2, 3]), op.length_hint(3, 7))
print(op.is_(None, None), op.is_not(1, None), op.truth(""), op.contains({"k": 1}, "k"))
d = {}
op.setitem(d, "x", 1)
print(d, op.getitem(d, "x"), op.delitem(d, "x"), d)
print(op.call(max, 3, 9, key=lambda v: -v), op.index(True), op.pos(-2), op.abs(-2.5))
print(op.iadd([1], (2,)), op.ixor(6, 3), op.ipow(2, 10), op.imatmul.__name__)

class P:
    def __init__(self):
        self.inner = self
        self.v = 7
    def f(self, a, k=0):
        return a + k
p = P()
print(op.attrgetter("inner.inner.v", "v")(p), op.methodcaller("f", 1, k=2)(p))

class Hint:
    def __length_hint__(self):
        return NotImplemented
print(op.length_hint(Hint(), 42))

def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError, AttributeError, KeyError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("add", lambda: op.add(1))
attempt("neg", lambda: op.neg("a"))
attempt("concat", lambda: op.concat(1, 2))
attempt("indexOf", lambda: op.indexOf([1, 2], 3))
attempt("index", lambda: op.index(1.5))
attempt("hint default", lambda: op.length_hint(1, "a"))
attempt("itemgetter", lambda: op.itemgetter())
attempt("itemgetter kw", lambda: op.itemgetter(1, k=2))
attempt("itemgetter call", lambda: op.itemgetter(1)())
attempt("attrgetter", lambda: op.attrgetter(1))
attempt("attrgetter miss", lambda: op.attrgetter("a.zz")(p))
attempt("methodcaller", lambda: op.methodcaller())
attempt("methodcaller name", lambda: op.methodcaller(1))
attempt("lt", lambda: op.lt(1, "a"))
op.itemgetter("k")({})
