a, b, c = 1, 2, 3
print(a, b, c)
a, *rest = [1, 2, 3, 4]
print(a, rest)
*init, last = "hello"
print(init, last)
first, *mid, end = range(6)
print(first, mid, end)
x, *y = (1,)
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, [n, *o]] = [1, (2, 3, 4)]
print(m, n, o)
a, b = b, a
print(a, b)
print([*range(3), *"ab", *{"k": 1}], (*[1], 2), {*[1, 1], 2} == {1, 2})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2], sep="-")
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
s = [0] * 4
s[0], s[1:3] = "a", "bc"
print(s)
i = 0
L = [10, 20]
i, L[i] = 1, 99
print(i, L)
