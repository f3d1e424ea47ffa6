def f(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [0, *_]:
            return "starts with zero"
        case [x, y] if x == y:
            return f"pair of same {x}"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
for s in ([], [5], (7,), [0, 1, 2], [3, 3], (1, 2), [1, 2, 3, 4], range(3), "ab"):
    print(repr(s), "->", f(s))
match "abc":
    case [*chars]:
        print("string matched sequence", chars)
    case str():
        print("strings are not sequences for match")
match b"ab":
    case [a, b]:
        print("bytes matched")
    case _:
        print("bytes not a sequence pattern")
match [1, [2, 3]]:
    case [a, [b, c]]:
        print("nested", a, b, c)
match (1, 2, 3):
    case (1, *rest):
        print("tuple rest", rest)
match [1, 2]:
    case [1, 2, *more]:
        print("empty star", more)
match {"not": "a sequence"}:
    case [*_]:
        print("dict as sequence?")
    case _:
        print("dict is not a sequence")
