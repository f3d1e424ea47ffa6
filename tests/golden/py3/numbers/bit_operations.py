vals = [0, 1, -1, 5, -5, 255, -256, 2**64 - 1, -(2**64), 2**100 + 3]
for x in vals:
    print(x, ~x, x & 0xFF, x | 0x0F, x ^ -1, x >> 3, x << 5, x & -x, x.bit_length())
print(-1 >> 100, -5 >> 1, -5 >> 64, 5 >> 100, 1 << 200, -1 << 70)
print((-12) & 10, (-12) | 10, (-12) ^ 10, (-12) & (-10), (-12) | (-10), (-12) ^ (-10))
print((2**80 - 1) & -(2**40), (2**80) | -1, (2**80) ^ (2**80 - 1))
for bad in [-1, -(2**70)]:
    try:
        1 << bad
    except ValueError as e:
        print("ValueError:", e)
    try:
        1 >> bad
    except ValueError as e:
        print("ValueError:", e)
print(0 << 10**10, 0 >> 10**10, 5 >> 10**20, -5 >> 10**20)
print(True & False, True | False, True ^ True, ~True, ~False, True << 3, type(True & True).__name__)
print(int.bit_count(255), (-255).bit_count(), (2**100 - 1).bit_count(), (0).bit_count())
x = 0
for i in range(0, 64, 3):
    x |= 1 << i
print(bin(x), x.bit_count(), x.bit_length())
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 << 1.0
except TypeError as e:
    print("TypeError:", e)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(20)], popcount(2**200 - 1))
1 << 2**70
