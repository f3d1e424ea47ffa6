class Money:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, Money) and self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.v < o.v
    def __repr__(self): return f"M{self.v}"
a, b = Money(1), Money(2)
print(a == Money(1), a != b)
print(a < b, b > a, sorted([b, a, Money(0)]))
print(Money.__hash__)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
print(a == 1)
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self): return hash(self.k.lower())
d = {Key("A"): 1}
d[Key("a")] = 2
print(len(d), d[Key("A")], Key("x") in {Key("X")})
class Default: pass
x = Default()
print(x == x, x == Default(), x != Default(), hash(x) == hash(x))
class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq() != 5, OnlyEq() == 5, 5 == OnlyEq())
class NotEqual:
    def __ne__(self, o): return "custom ne"
print(NotEqual() != 1, NotEqual() == NotEqual())
class Rev:
    def __gt__(self, o):
        print("Rev.__gt__ reflected")
        return True
print(1 < Rev())
class Inherit(Key):
    pass
print(hash(Inherit("Q")) == hash(Key("q")))
class EqNoHashSub(Key):
    def __eq__(self, o): return False
print(EqNoHashSub.__hash__)
print([1, 2] < [1, 3], (1, "a") < (1, "b"), {1} < {1, 2}, {1, 2} > {3})
try:
    1 < "a"
except TypeError as e:
    print("TypeError:", e)
