for i in range(3):
    print("i", i)
else:
    print("for-else", i)
for c in "ab":
    if c == "b":
        break
    print("c", c)
else:
    print("never")
for x in []:
    print("never")
else:
    print("empty for-else")
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=10):
    print(i, a + b)
for k in {"z": 1, "y": 2, "x": 3}:
    print(k, end=" ")
print()
total = 0
for n in range(20):
    if n % 3 == 0:
        continue
    if n > 10:
        break
    total += n
print("total", total)
for x in range(10, 0, -3):
    print(x, end=",")
print()
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
    print("v", v)
for lst[0] in range(2):
    pass
print(lst)
class Obj: pass
o = Obj()
for o.attr in "xyz":
    pass
print(o.attr)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
    else:
        print("inner else never")
print(list(zip(range(3), "abcd")), list(reversed(range(4))))
