a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(a == b, a != b, a < b, a > b, a <= b, a >= b)
x = 10
x += 1; print(x)
x -= 2; print(x)
x *= 3; print(x)
x //= 4; print(x)
x %= 4; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 6; print(x)
x |= 9; print(x)
x ^= 3; print(x)
x /= 2; print(x)
class M:
    def __matmul__(self, o): return "matmul"
    def __imatmul__(self, o): return "imatmul"
m = M()
print(m @ m)
m @= m
print(m)
print(1 if 1 else 2, [1 for _ in'ab'], (y := 3 if False else 4), y)
print(-2 ** 2, (-2) ** 2, 2 ** -1, not 0, 1 if not 0 else 2)
print(...,  Ellipsis is ..., type(...).__name__)
