class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.magnitude = (x * x + y * y) ** 0.5

def describe(p):
    return f"({p.x}, {p.y}) |{p.magnitude:.2f}|"

pts = [Point(3, 4), Point(1, 1)]
for p in pts:
    print(describe(p))
print(sum(p.magnitde for p in pts))
