import itertools as it
print(list(it.product("ab", [1, 2])))
print(list(it.product([0, 1], repeat=3)))
print(list(it.product("ab", "xy", repeat=2))[:5], len(list(it.product(range(3), repeat=4))))
print(list(it.product()), list(it.product([])), list(it.product("a", [])))
print(list(it.permutations("abc")))
print(list(it.permutations(range(4), 2)), len(list(it.permutations(range(6)))))
print(list(it.permutations("ab", 3)), list(it.permutations("ab", 0)), list(it.permutations([])))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(5), 3))[-2:])
print(list(it.combinations("ab", 3)), list(it.combinations("ab", 0)), len(list(it.combinations(range(20), 10))))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([1, 2], 3)))
print(list(it.combinations_with_replacement("", 2)), list(it.combinations_with_replacement("", 0)))
print(list(it.combinations([3, 1, 2], 2)), list(it.permutations([1, 1], 2)))
for fn in [lambda: it.combinations("ab", -1), lambda: it.permutations("ab", -1), lambda: it.product("a", repeat=-1)]:
    try:
        fn()
    except ValueError as e:
        print("ValueError:", e)
total = 0
for a, b, c in it.product(range(10), repeat=3):
    if a + b + c == 10:
        total += 1
print(total, sum(1 for p in it.permutations(range(7)) if p[0] < p[-1]))
it.combinations("abc")
