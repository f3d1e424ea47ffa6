import itertools as it
import operator
def take(n, iterable):
    return list(it.islice(iterable, n))
def chunked(iterable, n):
    iterator = iter(iterable)
    while True:
        chunk = tuple(it.islice(iterator, n))
        if not chunk:
            return
        yield chunk
def roundrobin(*iterables):
    nexts = [iter(x).__next__ for x in iterables]
    while nexts:
        alive = []
        for nx in nexts:
            try:
                yield nx()
                alive.append(nx)
            except StopIteration:
                pass
        nexts = alive
def unique_everseen(iterable, key=None):
    seen = set()
    for el in iterable:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el
def sliding(iterable, n):
    its = it.tee(iterable, n)
    for i, t in enumerate(its):
        for _ in range(i):
            next(t, None)
    return zip(*its)
print(take(5, it.count(7, 7)), list(chunked(range(10), 3)), list(chunked([], 2)))
print(list(roundrobin("ABC", "D", "EF")), list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(sliding(range(6), 3)), list(sliding("ab", 3)))
print(list(it.accumulate(range(1, 6), operator.mul, initial=1)))
primes = (n for n in it.count(2) if all(n % p for p in range(2, int(n ** 0.5) + 1)))
print(take(15, primes))
def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)
print(list(flatten([[1, 2], [], [3], (4, 5)])))
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
print(list(powerset("abc")))
def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))
print(quantify([0, 1, 2, 0, 3]), quantify("hello world", str.isalpha))
print(list(it.islice(it.cycle(it.permutations("ab")), 5)), dict(it.zip_longest("abc", range(2))))
running = list(it.accumulate([3, -1, 4, -1, -5, 9], lambda a, b: max(a + b, b)))
print(running, max(running))
print(sorted(it.chain({3, 1}, frozenset([2]))), list(it.compress(range(20), (x % 3 == 0 for x in range(20)))))
