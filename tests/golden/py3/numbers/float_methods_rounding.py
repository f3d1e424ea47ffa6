import math
vals = [2.5, 3.5, -2.5, 0.125, 0.375, 1.005, 2.675, 1e-10, 123.456789, -0.0]
for v in vals:
    print(v, round(v), round(v, 1), round(v, 2), math.floor(v), math.ceil(v), int(v), f"{v:.2f}", "%.1f" % v)
for n in [5, 15, 25, 35, 45, -5, -15, 150, 250, 1_234_567]:
    print(n, round(n, -1), round(n, -2), round(n, -3), round(float(n), -1), round(n, 0))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(0.49999999999999994))
print(round(1e15 + 0.5), round(2**52 + 0.5), round(4503599627370497.0), round(1.5e300) == int(1.5e300))
print(round(5.0, 400), round(5.0, -400), round(123, 400), round(0.1, 20), round(1.23456789e-5, 8))
print(math.trunc(-0.9), math.floor(-0.0), math.ceil(-0.1), type(math.ceil(-0.1)).__name__, int(-0.9))
print((7.25).as_integer_ratio(), (0.75).is_integer(), (4.0).is_integer(), float.fromhex("0x1.4p3"), (10.0).hex())
print(math.fmod(-5.5, 2), -5.5 % 2, math.remainder(5.5, 2), math.copysign(0.0, -1), math.copysign(5, -0.0))
print(sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10) == 1.0, math.isclose(sum([0.1] * 10), 1.0))
print(1.0 .__round__(), (2.5).__round__(), (2.567).__round__(2), (2.5).__floor__(), (2.5).__ceil__(), (-2.5).__trunc__())
print(round(float("1e308"), -308), round(3.14159, 3.0) if False else "skip")
round(1.5, 2.0)
