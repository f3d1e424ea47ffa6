"""A str subclass reaching str's special methods through super(), and str's dunders called directly."""
class Tag(str):
    def __len__(self):
        return super().__len__() * 10
    def __getitem__(self, i):
        return "<" + super().__getitem__(i) + ">"
    def __add__(self, other):
        return Tag(super().__add__(other).upper())
    def __eq__(self, other):
        return super().__eq__(other.lower() if isinstance(other, str) else other)
    def __hash__(self):
        return super().__hash__()
    def __repr__(self):
        return "Tag(" + super().__repr__() + ")"
    def __str__(self):
        return "tag:" + super().__str__()
    def __contains__(self, x):
        return super().__contains__(x.lower())
    def __mul__(self, n):
        return Tag(super().__mul__(n + 1))
    def __mod__(self, args):
        return "%" + super().__mod__(args)
    def __format__(self, spec):
        return "[" + super().__format__(spec) + "]"
    def __iter__(self):
        return iter(list(super().__iter__())[::-1])

t = Tag("abc")
print(len(t), t[1], t + "de", type(t + "de").__name__, t == "ABC", hash(t) == hash("abc"))
print(repr(t), str(t), "B" in t, t * 1, list(t), f"{t:>5}", format(t, "^7"))
m = Tag("%s-%d")
print(m % ("x", 3), t.upper(), type(t.upper()).__name__, t.split("b"), t.__getnewargs__())
print(str.__len__("abcd"), str.__getitem__("abcd", -1), str.__add__("a", "b"), str.__mul__("ab", 3), str.__rmul__("ab", 2))
print(str.__mod__("%05.1f", 3.14159), str.__rmod__("x", "%s!"), str.__rmod__("x", 5), str.__eq__("a", 1), str.__lt__("a", "b"))
print(str.__contains__("abc", "bc"), list(str.__iter__("hi")), str.__format__("ab", "*^6"), str.__repr__("it's"), str.__str__(t), type(str.__str__(t)).__name__)
print(str.__ne__("a", "b"), str.__ge__("b", "a"), str.__gt__("a", "a"), str.__le__("a", "a"), str.__hash__("") == hash(""))
print("".join([Tag("x"), "y"]), "-".join(iter(["p", "q"])), ",".join({"k": 1}), " ".join(map(str, range(3))))
print(str.maketrans("ab", "xy", "c"), "abcabc".translate(str.maketrans({"a": "AA", "b": None, 99: 100})))
class Table:
    def __getitem__(self, k):
        if k == ord("z"):
            raise LookupError
        return k + 1
print("xyz".translate(Table()), "{0[1]}|{0[2]}".format(Table()), "{a}".format_map({"a": Tag("q")}))
