x = 1
for i in range(1, 1501):
    x *= i
print(x.bit_length(), x % 1_000_000_007)
s = str(x)
print(len(s), s[:15], s.rstrip("0")[-10:], len(s) - len(s.rstrip("0")))
y = 3 ** 50_000
print(y.bit_length(), y % 999_999_937)
a, b = 0, 1
for _ in range(20_000):
    a, b = b, a + b
print(a.bit_length(), a % 10**15)
acc = 0
for i in range(200_000):
    acc += (i << 70) // (i + 1)
print(acc % 2**64)
