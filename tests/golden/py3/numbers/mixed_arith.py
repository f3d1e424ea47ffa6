print(1 + 2.0, 3 - 1.5, 2 * 2.5, 7 / 2, 7 // 2, 7.0 // 2, -7.0 // 2, 7 % 2.5, -7 % 2.5, 7.5 % -2)
print(type(1 + 1.0).__name__, type(4 / 2).__name__, type(4 // 2).__name__, type(4.0 // 2).__name__, type(2 ** -1).__name__)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 10 ** -2, (-8) ** 2, -8 ** 2, 2 ** 3 ** 2)
print(True + True, True * 10, False - 1, True / 2, True // 2, -True, +False, True ** 10, divmod(True, True))
print(1 == 1.0, 1 == True, 0 == False, 1.0 == True, 2 == 2.0000000000000001, hash(2) == hash(2.0))
print(3 < 3.5 < 4, 10**20 < 1e20 + 1, 2**53 + 1 > 2.0**53, -1 < -0.5, 0.1 > 1 / 10)
print(round(7 / 3, 5), 1e0 + 2, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print(int(7 / 2), int(-7 / 2), -7 // 2, int(-3.5), float(7 // 2), 7 // -2.0)
x = 10
x += 2.5
x *= 2
x //= 3
print(x, type(x).__name__)
y = 17
y %= 5
y **= 3
y -= True
y <<= 2
print(y)
print(1.5e3 + 500, 1e3 == 1000, 1_000.5 * 2, 0xFF + 0.5, 0o17 * 1.0, 0b101 / 5)
print(5 % 3, -5 % 3, 5 % -3, -5 % -3, 5.5 % 3, -5.5 % 3, 5.5 % -3, 0.0 % 5, -0.0 % 5, 1e-20 % 1)
print(divmod(5.5, 2), divmod(-5.5, 2), divmod(5, 0.5), divmod(-1e-20, 1))
print(2 ** 100 * 1.0, float(2 ** 100), 2 ** 100 + 0.5 == 2 ** 100, 1 / 2 ** 1000)
print(sum([1, 2.5, True, -0.5]), max(1, 2.0, True), min(-1, -1.0), sorted([2, 1.5, True, 0.0, -1]))
print("abc" * True, [0] * 3, (1,) * False)
print(1 + "x")
