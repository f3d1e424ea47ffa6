cases = [
    ("bytearray(10**18)", lambda: bytearray(10**18)),
    ("bytes(10**18)", lambda: bytes(10**18)),
    ("[0] * 10**18", lambda: [0] * 10**18),
    ("'x' * 10**18", lambda: "x" * 10**18),
    ("b'x' * 10**18", lambda: b"x" * 10**18),
    ("(0,) * 10**18", lambda: (0,) * 10**18),
    ("[0] * 2**63", lambda: [0] * 2**63),
    ("'ab' * 2**62", lambda: "ab" * 2**62),
    ("bytearray(2**64)", lambda: bytearray(2**64)),
    ("bytearray(-1)", lambda: bytearray(-1)),
    ("range(10**20)[0]", lambda: range(10**20)[0]),
    ("list(range(10**19))", lambda: list(range(10**19))),
]
for name, fn in cases:
    try:
        r = fn()
        print(name, "ok", type(r).__name__)
    except (MemoryError, OverflowError, ValueError) as e:
        print(name, "->", type(e).__name__)
print(issubclass(MemoryError, Exception), MemoryError.__mro__[1].__name__)
print("done")
