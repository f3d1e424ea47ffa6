# Subscripting a literal with a literal that cannot index it is a compile-time SyntaxWarning
# (the code still runs, and fails only if it is executed).
def pairs():
    return [(1, 2) (3, 4)] if False else None


def lookups(x):
    a = "abc"["x"] if x else 0
    b = (1, 2)[1.5] if x else 0
    c = [1, 2][None] if x else 0
    d = [c for c in "ab"][(1, 2)] if x else 0
    e = f"{x}"["k"] if x else 0
    f = (1)["x"] if x else 0
    g = {1}[0] if x else 0
    h = (c for c in "a")[0] if x else 0
    i = "abc"[-1.0] if x else 0
    ok = "abc"[True] if x else "abc"[1:2]
    dict_ok = {1: 2}["k"] if x else 0
    return ok, dict_ok


print(pairs(), lookups(False))
try:
    lookups(True)
except TypeError as e:
    print("TypeError:", e)
