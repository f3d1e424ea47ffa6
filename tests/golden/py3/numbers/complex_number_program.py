import math
def roots_quadratic(a, b, c):
    disc = b * b - 4 * a * c
    sq = disc ** 0.5
    return ((-b + sq) / (2 * a), (-b - sq) / (2 * a))
for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2)]:
    print(coeffs, roots_quadratic(*coeffs))
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * z.conjugate(), -z, +z)
print(z + 1, z * 1j, z / 2, z ** 2, (1 + 1j) ** 8, 1j ** 2, 1j * 1j == -1)
def roots_of_unity(n):
    return [complex(round(math.cos(2 * math.pi * k / n), 10), round(math.sin(2 * math.pi * k / n), 10)) for k in range(n)]
print(roots_of_unity(4))
print(complex('1+2j'), complex(' 3-4j '), complex(2), complex(1, -1), complex('j'), complex('-1.5e2j'))
for bad in ['1 + 2j', 'abc', '1+2i']:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError:", e)
for op in (lambda: z < z, lambda: int(z), lambda: z % 2, lambda: z // 2, lambda: 1j / 0, lambda: math.sqrt(-1)):
    try:
        print(op())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(z == 3 + 4j, z == complex(3, 4), (3 + 0j) == 3, hash(3 + 0j) == hash(3), 1j != 0)
print(f"{z:.2f}", f"{z:>16}", format(1.5 - 2.25j, '+.1f'), repr(complex(0, -0.0)), repr(-0j))
def mandel(c, limit=50):
    w = 0
    for i in range(limit):
        w = w * w + c
        if abs(w) > 2:
            return i
    return limit
for y in range(-6, 7, 2):
    print(''.join('#' if mandel(complex(x / 10, y / 5)) == 50 else '.' for x in range(-20, 6)))
print(sum([1j, 2, 3.5]), pow(1j, 2), pow(2, 1j).real.__round__(6), complex(True, False))
