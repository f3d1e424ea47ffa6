import math
class Vec:
    __slots__ = ('x', 'y', 'z')
    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z
    def __repr__(self): return f"Vec({self.x}, {self.y}, {self.z})"
    def __iter__(self): yield self.x; yield self.y; yield self.z
    def __add__(self, o):
        if not isinstance(o, Vec): return NotImplemented
        return Vec(*(a + b for a, b in zip(self, o)))
    def __sub__(self, o): return self + (-o)
    def __neg__(self): return Vec(*(-a for a in self))
    def __mul__(self, k):
        if isinstance(k, Vec): return sum(a * b for a, b in zip(self, k))
        if isinstance(k, (int, float)): return Vec(*(a * k for a in self))
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(*(a / k for a in self))
    def __matmul__(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    def __abs__(self): return math.sqrt(self * self)
    def __bool__(self): return any(self)
    def __eq__(self, o): return isinstance(o, Vec) and tuple(self) == tuple(o)
    def __hash__(self): return hash(tuple(self))
    def __getitem__(self, i): return tuple(self)[i]
    def __round__(self, n=0): return Vec(*(round(a, n) for a in self))
    def __format__(self, spec): return '<' + ', '.join(format(a, spec) for a in self) + '>'

a, b = Vec(1, 2, 3), Vec(4, 5, 6)
print(a + b, a - b, -a, a * 2, 3 * a, a * b, a @ b, b @ a, abs(Vec(3, 4)), a / 2)
print(bool(Vec()), bool(a), a == Vec(1, 2, 3), a != b, len({a, Vec(1, 2, 3), b}), a[1], a[-1], a[:2])
print(round(Vec(1.234, 5.678, 9.999), 1), f"{a / 3:.3f}", format(b, '>4'), list(a), max(b), sum(a))
u = a / abs(a)
print(f"{abs(u):.6f}", round(u, 3))
c = a
c += b
print(c, a, c is a)
for bad in [lambda: a + 1, lambda: a * "s", lambda: 1 - a, lambda: a @ 2]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    a.w = 1
except AttributeError as e:
    print("AttributeError:", e)
print(sorted([b, a, Vec(0, 9, 9)], key=abs), sum([a, b, Vec(1, 1, 1)], Vec()))
