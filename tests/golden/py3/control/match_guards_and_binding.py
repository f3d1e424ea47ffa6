def check(v):
    match v:
        case (x, y) if x > y:
            return f"desc {x}>{y}"
        case (x, y) if x < y:
            return f"asc {x}<{y}"
        case (x, x2):
            return f"equal {x}={x2}"
        case [1, _, _] | [_, _, 1]:
            return "triple with 1 at an end"
        case [(0 | 1) as bit, *_]:
            return f"starts with bit {bit}"
        case {"a": [x, {"b": y}]}:
            return f"deep {x} {y}"
        case str(s) | bytes(s):
            return f"textish {s!r}"
        case _:
            return "default"
for v in ((3, 1), (1, 3), (2, 2), [1, 5, 6], [5, 6, 1], [0, 8, 9, 9], {"a": [7, {"b": 8}]}, "t", b"u", 3.0):
    print(check(v))
log = []
def guard(n):
    log.append(n)
    return False
match 5:
    case 5 if guard("first"):
        pass
    case 5 if guard("second"):
        pass
    case _:
        print("guards evaluated", log)
match [1, 2]:
    case [a, b] if (s := a + b) > 10:
        print("big")
    case [a, b]:
        print("bound after failed guard", a, b, s)
