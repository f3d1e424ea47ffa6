a = 2**100 + 12345
b = -(3**70)
print(a, b)
print(a + b, a - b, a * b, b * b)
print(a // 7, a % 7, b // 7, b % 7, b // -7, b % -7, a // -7, a % -7)
print(divmod(a, b), divmod(b, a), divmod(-a, -b))
print(2**1000 % 1000007, pow(3, 10**6, 10**9 + 7), 7**222 // 7**220)
print(len(str(2**10000)), str(2**10000)[:20], str(2**10000)[-20:])
f = 1
for i in range(1, 60):
    f *= i
print(f, f.bit_length(), f // 10**70, f % 10**10)
print(-(2**64) // 3, -(2**64) % 3, (2**64) // -3, (2**64) % -3, -(2**64) // -3)
for x, y in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (10**30, -10**15 - 1)]:
    print(x, y, x // y, x % y, (x // y) * y + x % y == x)
print(10**50 / 10**25, 2**1023 / 2**1022, 1 / 3, 10**20 / 3, -7 / 2, 7 / -2)
print(10**400 // 10**399, (10**400 + 1) % 10**200)
try:
    10**400 / 1
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10**400 / 10**399)
except OverflowError as e:
    print("OverflowError:", e)
print(abs(-(10**30)), -(-(10**30)), +(10**30), 10**30 == 10**30 + 0, 10**30 > 10**29)
print(int("9" * 100) + 1 == 10**100, hash(10**100) == hash(10**100 % (2**61 - 1)))
print(sum(range(10**6)), sum(i * i for i in range(1000)))
x = 1
for _ in range(200):
    x = x * 31 + 7
print(x % (2**64), x.bit_length())
print((-1) ** 0, (-2) ** 63, (-2) ** 64, 2 ** -2, (-2) ** -3, 0 ** 0)
print(10**30 < 1e31, 10**30 == 1e30, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53))
