import itertools
def primes():
    composites = {}
    for n in itertools.count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)

def take(n, it):
    return list(itertools.islice(it, n))

print(take(20, primes()))
print(next(itertools.islice(primes(), 999, None)))

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
best = max(range(1, 10000), key=lambda n: sum(1 for _ in collatz(n)))
print(best)

def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x; count += 1
        avg = total / count
ra = running_avg(); next(ra)
print([ra.send(x) for x in [10, 20, 30, 5]])
ra.close()

def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))
def look_and_say():
    s = "1"
    while True:
        yield s
        s = ''.join(f"{len(list(g))}{k}" for k, g in itertools.groupby(s))
print(take(8, look_and_say()))
gen = (x * x for x in range(5))
print(sum(gen), sum(gen), list(map(len, take(3, look_and_say()))))
