import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), sum(vals) == 1.0, math.fsum(vals) == 1.0)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), abs(0.1 + 0.2 - 0.3) < 1e-15)
big = [1e100, 1.0, -1e100]
print(sum(big), math.fsum(big))
print(math.fsum([1e308, 1e308, -1e308]) if False else 'skip', sum([1e308, -1e308, 1.0]))
acc = 0.0
for _ in range(1000):
    acc += 0.001
print(acc, round(acc, 10), f"{acc:.20f}")
kahan_sum, c = 0.0, 0.0
for x in [0.001] * 1000:
    y = x - c
    t = kahan_sum + y
    c = (t - kahan_sum) - y
    kahan_sum = t
print(kahan_sum)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0 == 2 ** 53, float(2 ** 53 + 1), int(float(2 ** 53 + 1)))
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.nextafter(0.0, 1.0), 5e-324 / 2)
print(1.0.hex(), (0.1).hex(), float.fromhex('0x1.999999999999ap-4'), (-0.0).hex(), float('inf').hex() if False else '')
print((0.1).as_integer_ratio(), (0.5).as_integer_ratio(), 3602879701896397 / 2 ** 55 == 0.1)
print(round(0.5), round(1.5), round(2.5), round(0.125, 2), round(0.375, 2), round(1234.5678, -2))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-1.7), int(-1.7), -7.5 // 1, math.modf(-3.25))
print(math.prod([0.1] * 3), 0.1 ** 3, math.sqrt(2) ** 2, math.hypot(3e200, 4e200))
print(sum(1 / n ** 2 for n in range(1, 10001)), math.pi ** 2 / 6)
print(sorted([0.3, 0.1 + 0.2, 0.30000000000000004, 3e-1]), len({0.3, 0.1 + 0.2}))
print(float('1e-400'), float('-1e-400'), float('1e400'), 1e308 * 10, -1e308 * 10)
