tests = [0.1, 0.5, 1 / 3, 2 / 3, 1e-10, 1.5e-10, 123e18, 1e21, 1e22, 9.999999999999999e22, 5e-324, 1e-323,
         2.5e-5, 0.000099, 1234567890123456.7, 12345678901234567.0, 4.35, 0.3 - 0.1, 100 / 3, 1e15 + 0.3]
for v in tests:
    r = repr(v)
    print(r, float(r) == v, len(r), "%.17g" % v, "%r" % v)
for i in range(-8, 24, 3):
    v = 10.0 ** i
    print(i, v, -v, v * 1.5)
for e in [15, 16, 17]:
    print(float("1e%d" % e), float("9" * e), float("1" + "0" * e + ".5"))
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 3.3 / 1.1, 2 ** 0.5 * 2 ** 0.5, 1e16 + 2.0, 1 - 1e-16)
print([x / 10 for x in range(11)])
print([round(x * 0.1, 1) for x in range(11)])
print(str(1e16), str(1e15), str(-1e-5), str(-1e-4), str(123456789.123456789))
