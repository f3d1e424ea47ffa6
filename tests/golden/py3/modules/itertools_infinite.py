import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 3), 4)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.islice(it.count(5, -2), 4)), list(it.islice(it.count(2**64), 2)))
print(list(it.islice(it.cycle("ab"), 7)), list(it.cycle([])), list(it.islice(it.cycle(range(3)), 0, 10, 4)))
print(list(it.repeat("x", 3)), list(it.repeat(1, 0)), list(it.repeat(None, -1)), list(it.islice(it.repeat(7), 2)))
print(list(map(pow, range(5), it.repeat(2))), list(zip("abc", it.count(1))))
print(repr(it.count(3)), repr(it.count(1, 2)), repr(it.repeat("a", 2)), repr(it.count(0.5)))
c = it.count()
next(c); next(c)
print(repr(c))
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 1, None, 2)), list(it.islice("abc", 0)))
print(list(it.islice(range(100), 10, 20, 3)), list(it.islice("ab", 5, 10)))
for args in [(-1,), (0, -1), (0, 5, 0), ("a",)]:
    try:
        it.islice("abc", *args)
    except ValueError as e:
        print("ValueError:", e)
gen = iter(range(10))
print(list(it.islice(gen, 3)), next(gen), list(it.islice(gen, 2, 4)), list(gen))
it.repeat()
