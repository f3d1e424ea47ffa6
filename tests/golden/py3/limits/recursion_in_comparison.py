import sys
a = []
a.append(a)
print(repr(a), len(a))
d = {}
d['self'] = d
print(d)
b = [a, [a]]
print(b)
class Node:
    def __init__(self):
        self.child = None
    def __eq__(self, other):
        return isinstance(other, Node) and self.child == other.child
x, y = Node(), Node()
x.child, y.child = y, x
try:
    x == y
except RecursionError as e:
    print("RecursionError:", e)
l1 = []
l2 = []
for _ in range(20000):
    l1 = [l1]
    l2 = [l2]
try:
    print(l1 == l2)
except RecursionError as e:
    print("RecursionError:", e)
try:
    repr(l1)
except RecursionError as e:
    print("RecursionError:", e)
t = ()
for _ in range(5000):
    t = (t,)
try:
    hash(t)
    print("hash ok")
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
def deep(n):
    return deep(n + 1) if n < 10 ** 6 else n
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
print("still alive", [1, [2, [3]]] == [1, [2, [3]]])
