import math
def r(x):
    return round(x, 12)
for x in [1, 2, math.e, 10, 0.5, 1e-10, 1e300]:
    print(x, r(math.log(x)), r(math.log10(x)), r(math.log2(x)), r(math.log(x, 3)), r(math.log1p(x)))
print(r(math.log(8, 2)), r(math.log(100, 10)), math.log2(1024), math.log10(1000), r(math.log(2**1000)), r(math.log2(2**1000)))
print(math.log(10**400) > 921, r(math.log10(10**400)), math.log(1), math.exp(0), r(math.exp(1)), r(math.exp(-1)))
print(r(math.expm1(1e-10) * 1e10), r(math.exp(700) / 1e304), math.exp(-1000), r(math.pow(2, 0.5)), math.pow(2, 10))
for x in [0, 0.5, 1, math.pi / 6, math.pi / 4, -1.2]:
    print(x, r(math.sin(x)), r(math.cos(x)), r(math.tan(x)), r(math.sinh(x)), r(math.cosh(x)), r(math.tanh(x)))
for x in [0, 0.5, 1, -1]:
    print(x, r(math.asin(x)), r(math.acos(x)), r(math.atan(x)), r(math.asinh(x)), r(math.atanh(x * 0.9)))
print(r(math.acosh(1)), r(math.acosh(2)), r(math.atan2(1, 1)), r(math.atan2(-1, -1)), math.atan2(0.0, -0.0), math.atan2(-0.0, 0.0))
print(math.degrees(math.pi), math.radians(180) == math.pi, r(math.degrees(1)), math.sin(0.0), math.sin(-0.0))
print(r(math.gamma(5)), r(math.gamma(0.5) ** 2), r(math.lgamma(10)), r(math.erf(1)), r(math.erfc(1)), math.erf(0))
print(math.cbrt(27) if hasattr(math, "cbrt") else "no cbrt", math.exp2(10) if hasattr(math, "exp2") else "no exp2")
print(r(math.cos(math.pi)), r(math.tan(math.pi / 4)), math.tanh(100), math.atan(math.inf) == math.pi / 2)
print(math.sqrt(math.inf), math.exp(math.inf), math.exp(-math.inf), math.log(math.inf), math.atan(-math.inf) == -math.pi / 2)
