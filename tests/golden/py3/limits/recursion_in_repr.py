class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return "Node(" + repr(self.child) + ")"
n = Node()
try:
    repr(n)
except RecursionError as e:
    print("RecursionError:", e)
lst = []
for _ in range(100000):
    lst = [lst]
try:
    s = repr(lst)
    print("repr length", len(s))
except RecursionError as e:
    print("RecursionError:", e)
d = {}
cur = d
for i in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    str(d)
except RecursionError as e:
    print("RecursionError:", e)
class Eq:
    def __eq__(self, other):
        return self == other
try:
    Eq() == Eq()
except RecursionError as e:
    print("RecursionError:", e)
class Getattr:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Getattr().a
except RecursionError as e:
    print("RecursionError:", e)
print("done")
