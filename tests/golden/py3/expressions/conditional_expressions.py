def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"
print([sign(x) for x in (-5, 0, 5)])
def loud(name, val):
    print("eval", name)
    return val
print(loud("a", 1) if loud("cond", True) else loud("b", 2))
print(loud("a", 1) if loud("cond", 0) else loud("b", 2))
print(0 or "" or [] or "last", 1 and 2 and 3, 1 and 0 and 3)
print(None or {}, [] and 5, "x" or loud("never", 1))
x = 7
print("odd" if x % 2 else "even", (lambda: "l" if x else "r")())
print([i if i % 3 else -i for i in range(7)])
print(not [], not [0], not "", not " ", not 0.0, not 0j, not None)
print(bool(range(0)), bool(range(1)), bool(b""), bool(bytearray(1)))
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print("T" if B(True) else "F", "T" if B(False) else "F")
r = B(False) or B(True)
print(r.v)
