data = [3, 7, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 8])
print(y)
total = 0
values = iter([5, 3, 0, 8])
while (v := next(values)) != 0:
    total += v
print(total, v)
print((a := 10), a + 1)
def f():
    [(z := i) for i in range(4)]
    return z
print(f())
def g(xs):
    if any((hit := x) > 5 for x in xs):
        return hit
    return None
print(g([1, 6, 2]), g([1, 2]))
print([last := 0] + [last := last + i for i in range(5)], last)
def h():
    counter = 0
    result = [counter := counter + 1 for _ in range(3)]
    return result, counter
print(h())
print(f"{(w := 5)} {w * 2}")
lst = [(i, j := i * i) for i in range(3)]
print(lst, j)
