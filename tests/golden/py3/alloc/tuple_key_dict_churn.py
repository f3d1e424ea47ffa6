grid = {}
for r in range(300):
    for c in range(300):
        grid[r, c] = (r * 31 + c * 17) % 10
print(len(grid), grid[299, 299], sum(grid.values()))
for step in range(5):
    new = {}
    for (r, c), v in grid.items():
        if (r + c + step) % 3 == 0:
            new[c, r] = v + 1
        else:
            new[r, c] = v
    grid = new
print(len(grid), sum(grid.values()))
pairs = {}
for i in range(100000):
    k = (i % 101, i % 103)
    pairs[k] = pairs.get(k, 0) + 1
print(len(pairs), max(pairs.values()), min(pairs.values()))
nested = {}
for i in range(50000):
    nested.setdefault(i % 500, {}).setdefault(i % 7, []).append(i)
print(len(nested), sum(len(v) for d in nested.values() for v in d.values()))
frozen = {frozenset((i, i + 1, i % 5)): i for i in range(20000)}
print(len(frozen), frozen[frozenset((100, 101, 0))])
del grid, pairs, nested, frozen
import gc
print(gc.collect() >= 0)
