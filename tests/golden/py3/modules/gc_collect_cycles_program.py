import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
def make_cycles(n):
    for i in range(n):
        a, b = Node(f"a{i}"), Node(f"b{i}")
        a.peer, b.peer = b, a
make_cycles(1000)
print(gc.collect() >= 0, gc.collect() >= 0)
x = []
x.append(x)
del x
print(isinstance(gc.collect(), int))
gc.disable()
make_cycles(100)
print(gc.isenabled(), type(gc.collect()).__name__)
gc.enable()
print(gc.isenabled())
results = []
for gen in (0, 1, 2):
    results.append(gc.collect(gen) >= 0)
print(results)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError:", e)
big = [[i] for i in range(100000)]
print(len(big), sum(len(x) for x in big))
del big
print(gc.collect() >= 0)
