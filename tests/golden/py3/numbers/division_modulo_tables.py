vals = [-7, -3, -1, 0, 1, 3, 7]
divs = [-3, -2, 2, 3]
print("a   b  | a//b a%b | divmod    | int(a/b) math.fmod")
import math
for a in vals:
    for b in divs:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(f"{a:3} {b:3} | {a // b:4} {a % b:3} | {str((q, r)):9} | {int(a / b):8} {math.fmod(a, b):5}")
print("floats")
for a in (7.5, -7.5, 0.0, -0.0, 1e300):
    for b in (2.0, -2.0, 0.3):
        print(f"{a!r:>7} {b!r:>5} {a // b!r:>10} {a % b!r:>22} {divmod(a, b)!r}")
print("big", divmod(10 ** 30 + 7, -97), (-10 ** 30) // 7, (-10 ** 30) % 7)
print("mixed", 7 // 2.0, -7 % 2.5, True // 2, 9 % True, divmod(-1, 10 ** 20))
for a, b in [(1, 0), (1.0, 0), (0, 0.0), (5, -0.0)]:
    for op in ('//', '%', 'divmod'):
        try:
            r = divmod(a, b) if op == 'divmod' else eval(f"a {op} b")
        except ZeroDivisionError as e:
            r = f"ZeroDivisionError: {e}"
        print(a, op, b, r)
print(round(-2.5), round(2.5), round(3.5), -7 >> 1, -7 // 2, 7 >> 1, -1 >> 100)
