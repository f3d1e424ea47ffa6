inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], inf == inf, inf > 1e308, -inf < -1e308)
print(inf == float("inf"), 1e308 * 10 == inf, -1e308 * 10, 1e-320 / 1e10, 2.0**1023 * 2 == inf)
for op, f in [("**", lambda: 10.0 ** 400), ("exp", lambda: 2.0 ** 5000), ("neg", lambda: (-10.0) ** 401),
              ("int_pow", lambda: 10 ** 400 * 1.0), ("round", lambda: round(1e308, -309))]:
    try:
        print(op, f())
    except OverflowError as e:
        print(op, "OverflowError:", e)
try:
    (-8.0) ** 0.5
    print("complex result", type((-8.0) ** 0.5).__name__)
except ValueError as e:
    print("ValueError:", e)
print((0.0) ** 0, (-0.0) ** 2, 1.0 ** nan, nan ** 0, inf ** 0, (-inf) ** 3, 0.5 ** inf, 2 ** -inf)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for v in [1.0, 1.5, -2.0, 0.0, -0.0, 1e300, 2.5e-3, inf, nan]:
    print(v, v.is_integer())
for v in [0.5, 0.1, -1.25, 3.0, 1e-3, 2.0**-1074, 1e20]:
    print(v, v.as_integer_ratio(), v.hex())
for v in [inf, nan]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(inf.hex(), nan.hex(), (-0.0).hex(), (0.0).hex(), (5e-324).hex(), (1.7976931348623157e308).hex())
for s in ["0x1p0", "0x1.8p1", "-0x.8p-1", "0X1P+10", "0x1.fffffffffffffp1023", "1p-1", "inf", "-0x0p0", "0x3.a7p10", " 0x1 "]:
    print(s, float.fromhex(s))
for s in ["0x1p10000", "0xg", ""]:
    try:
        float.fromhex(s)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(0.0 == -0.0, str(-0.0), -0.0 + 0.0, -0.0 * 1, 0.0 * -1, -(0.0), abs(-0.0))
print(1e16 + 1 == 1e16, 0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75, 9007199254740993 == 9007199254740993.0)
print(float.fromhex("0x1p-1075"), float.fromhex("0x1.8p-1074"), 2.0 ** -1075)
print(max(nan, 1), max(1, nan), min(nan, 1), sorted([3, nan, 1])[1] if False else "nan-sort-skip")
print((2.5).real, (2.5).imag, (2.5).conjugate(), (7.0).__trunc__())
