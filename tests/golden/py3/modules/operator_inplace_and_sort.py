import operator as op
import functools
data = [{"name": "b", "age": 30, "tags": ["x"]}, {"name": "a", "age": 25, "tags": []}, {"name": "c", "age": 30, "tags": ["y", "z"]}]
print([d["name"] for d in sorted(data, key=op.itemgetter("age", "name"))])
print([d["name"] for d in sorted(data, key=op.itemgetter("age"), reverse=True)])
class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def __repr__(self):
        return "Emp(%s)" % self.name
emps = [Emp("z", "eng", 100), Emp("y", "ops", 90), Emp("x", "eng", 120), Emp("w", "ops", 90)]
print(sorted(emps, key=op.attrgetter("dept", "salary")), max(emps, key=op.attrgetter("salary")))
print(functools.reduce(op.add, map(op.attrgetter("salary"), emps)), list(map(op.methodcaller("upper"), ["a", "b"])))
x = [1, 2]
y = op.iadd(x, [3])
print(x, y is x)
t = (1, 2)
u = op.iadd(t, (3,))
print(t, u, u is t)
s = "ab"
print(op.iadd(s, "c"), s, op.imul("ab", 2), op.ipow(2, 10), op.ifloordiv(7, 2), op.imod(7, 3), op.isub(5, 7))
print(op.ilshift(1, 3), op.irshift(16, 2), op.iand(12, 10), op.ior(12, 10), op.ixor(12, 10), op.itruediv(1, 4))
class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        return Vec(*map(op.add, self.c, o.c))
    def __matmul__(self, o):
        return sum(map(op.mul, self.c, o.c))
    def __neg__(self):
        return Vec(*map(op.neg, self.c))
    def __getitem__(self, i):
        return self.c[i]
    def __repr__(self):
        return "Vec%r" % (self.c,)
v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(op.add(v, w), op.matmul(v, w), op.neg(v), op.getitem(w, 1), op.itemgetter(0, 2)(w), v @ w)
print(sorted(["b", "A", "c"], key=op.methodcaller("lower")), op.truth(Vec()), op.concat("a", "b"))
print(op.countOf([1, 1.0, True, 2], 1), op.indexOf([0, 1, 2], True))
op.concat(1, 2)
