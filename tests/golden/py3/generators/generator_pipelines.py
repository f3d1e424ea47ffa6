def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v
def take(n, src):
    for i, v in enumerate(src):
        if i >= n:
            return
        yield v
def scale(k, src):
    return (v * k for v in src)
print(list(take(5, scale(3, evens(numbers())))))
def windows(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(windows(range(6), 3)))
def flatten(xs):
    for x in xs:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, (3, [4])], [], 5])))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
import itertools
print(list(itertools.islice(primes(), 15)))
def coroutine_averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = coroutine_averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], "XYZW")))
