import gc
class Node:
    def __init__(self, n):
        self.n = n
        self.peer = None
        self.children = []
total = 0
for rnd in range(30):
    ring = [Node(i) for i in range(2000)]
    for i, node in enumerate(ring):
        node.peer = ring[(i + 1) % len(ring)]
        node.children.append(ring[i - 1])
    total += sum(n.peer.n for n in ring)
    ring = None
print(total)
collected = gc.collect()
print(type(collected).__name__)
class SelfRef:
    def __init__(self):
        self.me = self
        self.data = list(range(50))
s = 0
for _ in range(20_000):
    o = SelfRef()
    s += o.me.data[-1]
print(s)
d = {}
for i in range(10_000):
    a = {"id": i}
    b = {"id": -i, "other": a}
    a["other"] = b
    d[i % 100] = a
print(len(d), sum(v["other"]["id"] for v in d.values()))
gc.collect()
print("ok")
