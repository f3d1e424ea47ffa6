a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); print(a)
a.extend([8, 9]); a.extend(range(2)); a.extend("xy"); print(a)
a.insert(0, "first"); a.insert(-1, "neg"); a.insert(100, "end"); a.insert(-100, "start"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a, a.count(1), a.count(9), a.index(9), a.index(9, 6), a.index(1, 0, 5))
b = [x for x in a if isinstance(x, int)]
b.sort(); print(b)
b.sort(reverse=True); print(b)
b.reverse(); print(b)
c = b.copy(); c.append(100); print(b is c, b == c[:-1], len(b), len(c))
c.clear(); print(c, b)
words = ["pear", "Apple", "fig", "banana", "Cherry", "date"]
words.sort(key=str.lower); print(words)
words.sort(key=lambda w: (-len(w), w)); print(words)
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
recs.sort(key=lambda r: r[1]); print(recs)
recs.sort(key=lambda r: r[1], reverse=True); print(recs)
for fn, arg in [(a.remove, "nope"), (a.index, "nope"), ([].pop, None), (a.pop, 100)]:
    try:
        fn(arg) if arg is not None else fn()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)
lst = [5, 3, 1]
try:
    lst.sort(key=lambda x: lst.append(x) or x)
except ValueError as e:
    print("ValueError:", e)
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"k": 1}), [[]] * 2)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
n = [[0] * 2 for _ in range(2)]
n[0][0] = 1
print(n)
print([1, 2] * 3, 0 * [1], [1] * -1, [1, 2] + [3], [None] * 3)
x = [1, 2]
y = x
x += [3]
x *= 2
print(x, y, x is y)
x = x + [4]
print(x is y, y)
try:
    x += 5
except TypeError as e:
    print("TypeError:", e)
x += "ab"
print(x)
[].index(1)
