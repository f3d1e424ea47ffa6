def handle(msg):
    match msg:
        case {"type": "move", "x": x, "y": y}:
            return f"move to {x},{y}"
        case {"type": "say", "text": str(text), **rest}:
            return f"say {text} extra={sorted(rest)}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty-ish mapping"
for m in ({"type": "move", "x": 1, "y": 2, "z": 3}, {"type": "say", "text": "hi", "a": 1, "b": 2},
          {"type": "say", "text": 5}, {"other": 1}, {}):
    print(handle(m))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    pass
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point3(x, y):
            return f"3-ish {x},{y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px):
            return f"point with x={px}"
        case int(n) | float(n):
            return f"number {n}"
        case list((a, b)):
            return f"list {a} {b}"
        case _:
            return "something else"
for p in (Point(0, 0), Point(0, 5), Point3(1, 2), Point(4, 4), Point(1, 9), 7, 2.5, [1, 2], "s"):
    print(where(p))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
match {"k": 1}:
    case {"k": 1 | 2 as val}:
        print("or-pattern with as", val)
import math
match 3.141592653589793:
    case math.pi:
        print("value pattern math.pi")
class Color:
    RED = "red"
    BLUE = "blue"
match "blue":
    case Color.RED:
        print("red")
    case Color.BLUE:
        print("blue via value pattern")
