class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b") as x, CM("c") as y:
    print("body", x, y)
with (CM("d") as d,
      CM("e")):
    print("parenthesized", d)
with CM("f", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("g"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def early():
    with CM("h"):
        return "returned"
print(early())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
with CM("i") as (a, *b):
    print(a, b)
