values = [3, 1, 4, 1, 5, 9, 2, 6]
pos = [0]
def reader():
    if pos[0] >= len(values):
        return -1
    pos[0] += 1
    return values[pos[0] - 1]
print(list(iter(reader, 9)))
print(list(iter(reader, -1)))
lines = iter(["header", "a", "b", "", "footer"])
print(list(iter(lines.__next__, "")), list(lines))
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 5)))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
blocks = []
data = iter(range(10))
for block in iter(lambda: [x for _, x in zip(range(3), data)], []):
    blocks.append(block)
print(blocks)
s = iter("abc")
print(next(s), list(s), next(s, '!'))
d = {'a': 1, 'b': 2}
di = iter(d)
print(next(di), type(di).__name__)
d['c'] = 3
try:
    next(di)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.append(4)
print(list(li), type(iter(range(3))).__name__, type(iter(())).__name__, type(iter(set())).__name__)
print(iter(li) is li, list(li))
