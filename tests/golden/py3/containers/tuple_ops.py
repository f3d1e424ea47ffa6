t = (1, "two", 3.0, None, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t.count(1), t.index(None), 3.0 in t, (4, 5) in t)
print((), (1,), tuple(), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"k": 0}))
print((1, 2) + (3,), (1,) * 3, 2 * (0, 1), (1, 2) * 0, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99))
a, b, *rest = (1, 2, 3, 4, 5)
print(a, b, rest)
*init, last = "xyz"
print(init, last)
(x, (y, z)) = (1, (2, 3))
print(x, y, z)
first, *_, final = range(10)
print(first, final)
p = 1, 2
q, r = p
q, r = r, q
print(p, q, r)
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], dict(nested), sum(nested, ()))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), {(1, 2): "pt"}[(1, 2)])
tl = (1, [2])
tl[1].append(3)
print(tl)
try:
    tl[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(tl)
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2).index(3)
except ValueError as e:
    print("ValueError:", e)
print(tuple(x * x for x in range(5)), (1, 2) == [1, 2], repr((1,)), repr(((),)), str(("a", 'b"')))
print(max((1, "b"), (1, "a")), sorted([(2, "x"), (1, "z"), (2, "a")]))
t2 = (0,) * 5
print(t2 is not None, len(t2), t2[10:], t2.__len__())
t[5]
