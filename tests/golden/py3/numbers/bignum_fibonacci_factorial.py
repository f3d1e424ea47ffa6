def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def fib_fast(n):
    def go(n):
        if n == 0:
            return 0, 1
        a, b = go(n >> 1)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if n & 1 else (c, d)
    return go(n)[0]

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f1000 = fib(1000)
print(len(str(f1000)), str(f1000)[:20], f1000 % 1000000007)
print(fib_fast(1000) == f1000, fib_fast(10000) % 10 ** 12, fib_fast(10000).bit_length())
f500 = fact(500)
print(len(str(f500)), sum(map(int, str(f500))), str(f500).rstrip('0')[-10:])
print(len(str(f500)) - len(str(f500).rstrip('0')), "trailing zeros")
import math
print(math.factorial(500) == f500, math.comb(100, 50), math.gcd(f1000, fib(999)))
print(fact(25) // fact(20), fact(30) % (2 ** 61 - 1), hash(fact(30)) == hash(fact(30) % (2 ** 61 - 1)))
checksum = 0
for i in range(1, 300):
    checksum = (checksum * 31 + fib(i)) % (10 ** 18 + 9)
print(checksum)
print(2 ** 1000 % 999999937, pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, -1, 97))
big = 7 ** 500
print(big.bit_length(), big % 10 ** 15, (big * big) // big == big, (-big) // 10 ** 400 < 0)
n = 2 ** 521 - 1
print(pow(3, n - 1, n) == 1, str(n)[:10], len(str(n)))
print(math.isqrt(10 ** 100), math.isqrt(f1000) ** 2 <= f1000)
print(sum(int(c) for c in str(2 ** 1000)), sum(int(c) for c in str(fact(100))))
print(int('9' * 200) + 1 == 10 ** 200, -(10 ** 50) % 7, divmod(-(10 ** 40), 10 ** 20 + 3))
