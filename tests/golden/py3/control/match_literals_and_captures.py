def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case None:
            return "none"
        case 2j:
            return "imag"
        case -3 + 4j:
            return "complex"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case other:
            return f"other {other!r}"
for v in (0, 2, -1, 1.5, "hello", b"raw", True, None, 2j, -3 + 4j, "abcdef", "ab", 1.0, False):
    print(repr(v), "->", describe(v))
match 42:
    case _:
        print("wildcard")
match "x":
    case "y":
        print("no")
print("no case matched, fine")
