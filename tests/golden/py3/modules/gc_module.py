import gc
n = gc.collect()
print(type(n).__name__, n >= 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
class Node:
    def __init__(self):
        self.other = None
for _ in range(100):
    a, b = Node(), Node()
    a.other, b.other = b, a
del a, b
print(type(gc.collect()).__name__, gc.collect() >= 0)
gc.disable()
total = 0
for i in range(1000):
    x = [i]
    x.append(x)
    total += len(x)
print(total, gc.isenabled())
gc.enable()
print(gc.collect() >= 0, gc.isenabled())
print("done")
