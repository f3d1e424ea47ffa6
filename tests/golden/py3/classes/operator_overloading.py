class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"Vec{self.c}"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return Vec(*(a + o for a in self.c))
        return NotImplemented
    def __radd__(self, o):
        print("radd called with", o)
        return self + o
    def __mul__(self, k):
        return Vec(*(a * k for a in self.c)) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __neg__(self): return Vec(*(-a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __iadd__(self, o):
        print("iadd")
        self.c = (self + o).c
        return self
    def __getitem__(self, i): return self.c[i]
    def __len__(self): return len(self.c)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v + 1, 1 + v, v * 3, 3 * v, -v, abs(w), v @ w, v[1], len(v))
print(sum([v, w], Vec(0, 0)))
u = v
u += w
print(u, v, u is v)
try:
    v + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * v
except TypeError as e:
    print("TypeError:", e)
class Sub(Vec):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(Vec(1) + Sub(2))
class Num:
    def __init__(self, v): self.v = v
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return f"rsub {o} - {self.v}"
    def __pow__(self, e, mod=None): return f"pow {self.v} {e} {mod}"
    def __rpow__(self, b): return f"rpow {b} {self.v}"
    def __truediv__(self, o): return "truediv"
    def __floordiv__(self, o): return "floordiv"
    def __mod__(self, o): return "mod"
    def __lshift__(self, o): return "lshift"
    def __and__(self, o): return "and"
    def __invert__(self): return "invert"
    def __index__(self): return self.v
n = Num(3)
print(10 - n, n ** 2, 2 ** n, pow(n, 2, 5), n / 1, n // 1, n % 1, n << 1, n & 1, ~n)
print([10, 20, 30, 40][n], hex(n), bin(Num(5)), "ab" * Num(2))
try:
    n - n
except TypeError as e:
    print("TypeError:", e)
