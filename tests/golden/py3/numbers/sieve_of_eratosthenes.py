def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b'\x00\x00'
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i*i::i] = bytes(len(range(i*i, n + 1, i)))
    return [i for i, p in enumerate(is_p) if p]

primes = sieve(100000)
print(len(primes), primes[:15], primes[-3:], sum(primes))

def sieve_list(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    p = 2
    while p * p <= n:
        if flags[p]:
            for m in range(p * p, n + 1, p):
                flags[m] = False
        p += 1
    return [i for i in range(n + 1) if flags[i]]
print(sieve_list(1000) == sieve(1000))

def factorize(n, primes=primes):
    out = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out

for n in [2, 12, 360, 97, 1001, 65536, 999983, 123456789, 2**31 - 1, 600851475143]:
    print(n, factorize(n))

gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:8])
twins = sum(1 for a, b in zip(primes, primes[1:]) if b - a == 2)
print("twins", twins)
goldbach = {n: next((p, n - p) for p in primes if set() == set() and (n - p) in set(primes[:2000])) for n in range(4, 40, 2)}
print(goldbach)
