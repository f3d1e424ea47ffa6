import math
values = [0, 1, -3, 2.5, -0.5, True, 10**20, 1 + 2j]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b)]
for name, fn in ops:
    row = []
    for a in [7, -7.5, 2j]:
        for b in [2, -0.5, True, 3 + 0j]:
            try:
                r = fn(a, b)
                if isinstance(r, complex):
                    r = complex(round(r.real, 9) + 0.0, round(r.imag, 9) + 0.0)
                row.append(repr(round(r, 6) if isinstance(r, float) else r))
            except Exception as e:
                row.append(type(e).__name__)
        row.append("|")
    print(name, " ".join(row))
print([type(v).__name__ for v in values], [v == v for v in values])
print(sorted([3, 1.5, True, -2, 0.0, 10**20, -1e30]))
print(max(2, 2.0), max(2.0, 2), min(True, 1), min(1, True), abs(-True), -(-0.0), 0 * -1.0)
print(hash(3) == hash(3.0) == hash(3 + 0j), 3 == 3.0 == 3 + 0j, 3.5 == 7 / 2, 1 / 3 == 0.3333333333333333)
print(10**20 == 1e20, 10**20 + 1 == 1e20, 10**23 == 1e23, int(1e23), float(10**23))
print(pow(2, 3), pow(2.0, 3), pow(2, -3), pow(-2, 3), pow(-2.0, 0.5) if False else pow(4, 0.5), pow(2, 3, 3))
print(math.isinf(float(10**308)), float(10**308) == 1e308, 2**1023 < float("inf"), 2**1024 > 1e308)
print(7 .__truediv__(2), 7 .__rtruediv__(2), (7).__radd__(1.5), (1.5).__radd__(7), (2j).__rmul__(3))
print(0.1 + 0.2 > 0.3, 1e308 + 1e308, -1e308 - 1e308, 1e-320 * 1e-10, (-1e-320) * 1e-10)
print(3 + True * 2.0 - 1j * 0)
print((1 + 2j) % 2)
