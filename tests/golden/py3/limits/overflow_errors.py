import math
cases = [
    ("float(10**400)", lambda: float(10**400)),
    ("10.0 ** 400", lambda: 10.0 ** 400),
    ("math.exp(1000)", lambda: math.exp(1000)),
    ("int(inf)", lambda: int(float("inf"))),
    ("(10**400) / 3", lambda: (10**400) / 3),
    ("2.0 ** 10000", lambda: 2.0 ** 10000),
    ("math.ldexp(1, 5000)", lambda: math.ldexp(1, 5000)),
    ("chr(2**31)", lambda: chr(2**31)),
    ("'ab'.center(2**63)", lambda: "ab".center(2**63)),
    ("[1][2**63]", lambda: [1][2**63]),
    ("1e308 * 10", lambda: 1e308 * 10),
    ("math.factorial(10**20)", lambda: math.factorial(10**20)),
    ("(1.5).as_integer_ratio huge", lambda: (1e308).as_integer_ratio()[0].bit_length()),
    ("round(1e300, 2)", lambda: round(1e300, 2)),
    ("int('9' * 5000)", lambda: int("9" * 5000)),
    ("str(10**5000)", lambda: len(str(10**5000))),
]
for name, fn in cases:
    try:
        print(name, "=", fn())
    except (OverflowError, ValueError, IndexError, MemoryError) as e:
        print(name, "->", type(e).__name__ + ":", e)
print(1e308 * 10 == float("inf"))
