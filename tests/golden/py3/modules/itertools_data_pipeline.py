import itertools as it
import operator

sales = [("north", "jan", 120), ("south", "jan", 80), ("north", "feb", 95), ("east", "jan", 60),
         ("south", "feb", 110), ("east", "feb", 75), ("north", "mar", 130), ("south", "mar", 90)]
key = operator.itemgetter(0)
for region, rows in it.groupby(sorted(sales, key=key), key=key):
    rows = list(rows)
    amounts = [r[2] for r in rows]
    print(f"{region:6} n={len(rows)} total={sum(amounts)} running={list(it.accumulate(amounts))}")
print(list(it.accumulate([r[2] for r in sales], max)))
print(list(it.compress("ABCDEFG", it.cycle([1, 0, 0]))))
print(list(it.islice(it.count(10, 5), 2, 8, 2)))
print(list(it.starmap(lambda r, m, a: f"{r[0]}{m[0]}{a}", sales[:3])))
print(list(it.takewhile(lambda r: r[2] > 70, sales)), len(list(it.dropwhile(lambda r: r[2] > 70, sales))))
print(list(it.zip_longest("abc", range(5), fillvalue="-")))
print(list(it.pairwise([1, 4, 9, 16, 25])), [b - a for a, b in it.pairwise([1, 4, 9, 16, 25])])
print(list(it.chain.from_iterable(["ab", [1, 2], (None,)])))
print(list(it.product("xy", repeat=2)), len(list(it.permutations(range(5), 3))))
print(list(it.combinations_with_replacement("abc", 2)))
a, b = it.tee(iter(range(5)))
print(list(a), list(b), list(it.repeat('z', 3)))
print(list(it.filterfalse(str.isdigit, "a1b2c3")))
def batched(iterable, n):
    iterator = iter(iterable)
    while chunk := tuple(it.islice(iterator, n)):
        yield chunk
print(list(batched(range(10), 3)))
months = sorted({m for _, m, _ in sales}, key=["jan", "feb", "mar"].index)
table = {(r, m): a for r, m, a in sales}
for r in sorted({r for r, _, _ in sales}):
    print(r, [table.get((r, m), 0) for m in months])
try:
    list(it.islice(range(3), -1))
except ValueError as e:
    print("ValueError:", e)
try:
    it.accumulate()
except TypeError as e:
    print("TypeError:", e)
