# Ordering of str by code point (Latin-1, BMP and astral characters, subclasses) and of
# tuples and lists whose items are numbers and str: the items are compared in place.
words = ["b", "a", "ab", "", "é", "ü", "z", "Ā", "😀", "a😀", "aĀ", "ß", "\x00", "zz", "Z", "éa"]
print(sorted(words))
print([(x < y, x <= y, x > y, x >= y, x == y) for x in words[:6] for y in words[5:9]])
pairs = [(-3, "b"), (-3, "a"), (-1, "z"), (-3, "ab"), (0, ""), (-1, "é"), (float("nan"), "x"), (-1.0, "y")]
print(sorted(pairs[:6]), sorted([(1, 2.0), (1, 1), (0, 5)]))
class S(str): pass
print(S("abc") < "abd", "abd" > S("abc"), sorted([S("q"), "p", S("r")]))
print((1, "a") < (1, "b"), (1, "a") == (1.0, "a"), [1, "x"] < [1, "y"], (1, 2) < (1, 2, 3))
