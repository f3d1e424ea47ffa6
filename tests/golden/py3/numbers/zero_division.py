cases = [
    ("int /", lambda: 1 / 0), ("int //", lambda: 1 // 0), ("int %", lambda: 1 % 0),
    ("divmod int", lambda: divmod(1, 0)), ("float /", lambda: 1.0 / 0), ("float //", lambda: 1.0 // 0.0),
    ("float %", lambda: 1.0 % 0.0), ("divmod float", lambda: divmod(1.0, 0)), ("int / float", lambda: 1 / 0.0),
    ("big /", lambda: 10**100 / 0), ("big //", lambda: 10**100 // 0), ("big %", lambda: 10**100 % 0),
    ("0.0 ** -1", lambda: 0.0 ** -1), ("0 ** -1", lambda: 0 ** -1), ("complex /", lambda: 1j / 0),
    ("complex / 0j", lambda: (1 + 1j) / 0j), ("pow mod 0", lambda: pow(5, 2, 0)), ("bool /", lambda: True / False),
    ("-0.0 / 0", lambda: -0.0 / 0), ("0 % 0", lambda: 0 % 0), ("int /= ", None),
]
for name, fn in cases:
    try:
        if fn is None:
            x = 5
            x /= 0
        else:
            fn()
        print(name, "no error")
    except ZeroDivisionError as e:
        print(name, "->", type(e).__name__ + ":", e)
    except ValueError as e:
        print(name, "-> ValueError:", e)
print(ZeroDivisionError.__mro__[1].__name__, issubclass(ZeroDivisionError, ArithmeticError))
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", repr(e), e.args)
def average(xs):
    return sum(xs) / len(xs)
print(average([1, 2, 3]))
print(average([]))
