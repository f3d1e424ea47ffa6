# Shifts and repetitions whose size cannot exist: which error CPython raises where.
def show(label, f):
    try:
        r = f()
        print(label, "->", r if not isinstance(r, (str, list)) else len(r))
    except (OverflowError, MemoryError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


big = 69175290276410818321
show("1 << big", lambda: 1 << big)
show("0 << big", lambda: 0 << big)
show("2**90 << (big - 60)", lambda: 2 ** 90 << (big - 60))
show("1 << -1", lambda: 1 << -1)
show("1 >> big", lambda: 1 >> big)
show("-1 >> big", lambda: -1 >> big)
show("'a' * -2**100", lambda: "a" * -2 ** 100)
show("'a' * 2**100", lambda: "a" * 2 ** 100)
show("'' * 2**62", lambda: "" * 2 ** 62)
show("'abc' * 2**62", lambda: "abc" * 2 ** 62)
show("[1] * -2**70", lambda: [1] * -2 ** 70)
show("b'x' * -5", lambda: b"x" * -5)
show("(1,) * 0", lambda: (1,) * 0)
show("'ab' * True", lambda: "ab" * True)
