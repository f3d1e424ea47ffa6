d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), list(d)[0], type(list(d)[0]).__name__)
d2 = {True: "bool first"}
d2[1] = "then int"
d2[1.0] = "then float"
print(d2)
d3 = {0: "zero", False: "false", 0.0: "f", -0.0: "neg", 0j: "complex"}
print(d3)
s = {1, 1.0, True, 2, 2.0, complex(2, 0)}
print(len(s), sorted(s, key=lambda x: (x.real, type(x).__name__)))
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), 0.5 == 1 / 2, hash(0.5) == hash(1 / 2))
print({(1, 2): "a"}[(1.0, 2.0)], {frozenset([1]): "fs"}[frozenset([True])], {"a": 1} == {"a": 1.0})
print([1, 2] == [1.0, 2.0], (1,) == (True,), [0] == [False], {1: "x"} == {True: "x"})
class Key:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, Key) and self.n % 10 == other.n % 10
    def __hash__(self):
        return hash(self.n % 10)
    def __repr__(self):
        return "Key(%d)" % self.n
kd = {Key(1): "one", Key(2): "two"}
kd[Key(11)] = "eleven"
print(kd, Key(21) in kd, Key(3) in kd)
class NoEq:
    pass
a, b = NoEq(), NoEq()
print(a == a, a == b, a != b, len({a, b, a}), {a: 1}.get(b))
class Always:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
x = Always()
print(x == 5, 5 == x, x in [1], [x] == [2], x != 3)
nan = float("nan")
nd = {nan: 1}
nd[nan] = 2
nd[float("nan")] = 3
print(len(nd), sorted(nd.values()), nan in nd, float("nan") in nd)
print(None == None, None == 0, None is None, [] == [], "" == "")
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print("TypeError:", e)
print(hash(-1) == hash(-2), hash(2**61 - 1), hash(-(2**61 - 1)))
print({[]: 1})
