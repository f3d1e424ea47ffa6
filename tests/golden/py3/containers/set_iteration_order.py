# Set iteration order after adds, removals, resizes and set algebra (CPython places keys observably).
# Deterministic pseudo-random set workloads; prints iteration orders.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for trial in range(60):
    s = set()
    k = rnd(40) + 1
    span = [10, 100, 1000, 2**40][trial % 4]
    for _ in range(k):
        s.add(rnd(span) - span // 3)
    print(s)
    for _ in range(rnd(10)):
        s.discard(rnd(span) - span // 3)
    if s:
        s.remove(next(iter(s)))
    print(s)
    t = {rnd(span) for _ in range(rnd(20))}
    print(s | t, s & t, s - t, s ^ t, t - s, t | s, t & s)
    u = set(s); u |= t; print(u)
    u = set(s); u &= t; print(u)
    u = set(s); u -= t; print(u)
    u = set(s); u ^= t; print(u)
    print(s.union(t, [1, 2, 3]), s.intersection(t), s.difference(t), s.symmetric_difference(list(t)))
    print(frozenset(s) | t, frozenset(t) & s)
    tp = {(rnd(5), rnd(5)) for _ in range(rnd(12))}
    print(tp, set(tp), frozenset(tp))
    print({frozenset({rnd(9), rnd(9)}) for _ in range(rnd(8))})
    c = s.copy()
    pops = []
    while c and len(pops) < 5:
        pops.append(c.pop())
    print(pops, c)
    big = set(range(rnd(200)))
    for i in range(0, 200, 3):
        big.discard(i)
    big.update(range(500, 500 + rnd(50)))
    print(big)
    print(hash(frozenset(s)) == hash(frozenset(list(s))), set(d for d in {rnd(50): 1 for _ in range(10)}))
