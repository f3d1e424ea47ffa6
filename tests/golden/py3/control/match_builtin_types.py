def kind(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int():
            return "int"
        case float(f):
            return f"float {f}"
        case str() | bytes():
            return "text"
        case (a, b, *_) if isinstance(value, tuple):
            return f"tuple starting {a},{b}"
        case [*items]:
            return f"list of {len(items)}"
        case {"id": int(ident), **others}:
            return f"record {ident} with {sorted(others)}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case set() | frozenset():
            return f"set of {len(value)}"
        case None:
            return "nothing"
        case _:
            return "unknown " + type(value).__name__
for v in (True, -5, 7, 2.5, "s", b"b", (1, 2, 3), [1, 2], {"id": 3, "x": 1, "y": 2},
          {"name": "n"}, {7}, frozenset(), None, 3j, range(2)):
    print(repr(v), "=>", kind(v))
def shape(obj):
    match obj:
        case {"kind": "circle", "r": r} if r > 0:
            return f"circle area ~{3 * r * r}"
        case {"kind": "rect", "w": w, "h": h}:
            return f"rect area {w * h}"
        case {"kind": k}:
            return f"invalid {k}"
    return "not a shape"
for s in ({"kind": "circle", "r": 2}, {"kind": "circle", "r": 0}, {"kind": "rect", "w": 2, "h": 5}, [1]):
    print(shape(s))
match (1, "one"):
    case (int() as n, str() as word):
        print("captured via as:", n, word)
match 5:
    case 1 | 2:
        print("no")
    case x if x > 4:
        print("capture with guard", x)
