import math
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        if d < 0:
            n, d = -n, -d
        g = math.gcd(n, d)
        self.n, self.d = n // g, d // g
    @staticmethod
    def _c(o):
        return o if isinstance(o, Frac) else Frac(o) if isinstance(o, int) else None
    def __add__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else self + Frac(-o.n, o.d)
    def __rsub__(self, o):
        return Frac(-self.n, self.d) + o
    def __mul__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)
    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)
    def __eq__(self, o):
        o = self._c(o)
        return o is not None and (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._c(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}" if self.d == 1 else f"{self.n}/{self.d}"

h = sum((Frac(1, k) for k in range(1, 21)), Frac(0))
print(h, float(h))
print(Frac(1, 2) + Frac(1, 3), Frac(3, 4) - 1, 2 - Frac(1, 3), Frac(2, 3) * Frac(9, 4), Frac(1, 2) / Frac(3))
print(Frac(2, -4), Frac(0, 5), Frac(6, 3) == 2, Frac(1, 3) ** 3, Frac(2, 3) ** -2, hash(Frac(4, 2)) == hash(2))
print(sorted([Frac(1, 2), Frac(1, 3), Frac(2, 3), Frac(-1, 7)]), max(Frac(5, 8), Frac(3, 5)))
def egyptian(f):
    out = []
    while f.n:
        k = -(-f.d // f.n)
        out.append(Frac(1, k))
        f = f - Frac(1, k)
    return out
print(egyptian(Frac(4, 13)), egyptian(Frac(7, 15)))
x = Frac(1)
for _ in range(6):
    x = (x + Frac(2) / x) / 2
print(x.n.bit_length(), float(x), float(x) == math.sqrt(2))
for bad in [lambda: Frac(1, 0), lambda: Frac(1, 2) / 0, lambda: Frac(1, 2) + 0.5]:
    try:
        bad()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
