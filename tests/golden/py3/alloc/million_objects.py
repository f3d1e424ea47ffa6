class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
acc = 0
for i in range(600_000):
    p = Point(i, -i)
    acc += p.x - p.y
print(acc)
pts = [Point(i % 100, i // 100) for i in range(200_000)]
print(sum(p.x for p in pts), sum(p.y for p in pts))
pts = None
class Plain:
    def __init__(self, v):
        self.v = v
        self.sq = v * v
objs = [Plain(i) for i in range(150_000)]
print(sum(o.sq for o in objs) % 999_983)
objs.clear()
print(len(objs))
