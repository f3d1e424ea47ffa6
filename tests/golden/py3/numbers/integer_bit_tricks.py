def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

for n in [0, 1, 7, 8, 255, 2 ** 64 - 1, 0b1011001, 12345678901234567890]:
    print(n, popcount(n), n.bit_count(), n.bit_length(), n & -n, bool(n and not n & (n - 1)))
def gray(n): return n ^ (n >> 1)
def ungray(g):
    n = 0
    while g:
        n ^= g; g >>= 1
    return n
print([format(gray(i), '04b') for i in range(8)], all(ungray(gray(i)) == i for i in range(1000)))
def reverse_bits(n, width=8):
    return int(format(n, f'0{width}b')[::-1], 2)
print([reverse_bits(i) for i in (1, 2, 3, 128, 0b10110000)])
def subsets_of_mask(m):
    s = m
    out = []
    while True:
        out.append(s)
        if s == 0:
            break
        s = (s - 1) & m
    return out
print(subsets_of_mask(0b1011))
print(-1 & 0xFF, -256 >> 4, ~0, ~-1, ~5, -5 & 7, -(2 ** 70) >> 68, (2 ** 70) >> 68)
print(1 << 100, (1 << 100) >> 99, 5 << 0, (-3) << 2, 6 ^ 3, 6 | 3, 6 & 3)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.5 << 1
except TypeError as e:
    print("TypeError:", e)
x, y = 12, 34
x ^= y; y ^= x; x ^= y
print(x, y)
print([n for n in range(1, 70) if n & (n - 1) == 0], (255).to_bytes(2, 'little'), int.from_bytes(b'\xff\x01', 'big', signed=True))
print((-129).to_bytes(2, 'big', signed=True), int.from_bytes(b'\x80', 'little', signed=True))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print("OverflowError:", e)
mask = 0
for bit in (0, 3, 5, 64):
    mask |= 1 << bit
print(bin(mask), [b for b in range(mask.bit_length()) if mask >> b & 1], True << 3, True ^ True)
