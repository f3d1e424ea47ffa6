import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v < o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"V({self.v})"
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1), V(2)]), max(V(1), V(5)))
try:
    V(1) <= 5
except TypeError as e: print("TypeError:", e)
class Base:
    def __eq__(self, o):
        print("Base.eq"); return NotImplemented
    def __lt__(self, o):
        print("Base.lt"); return NotImplemented
class Derived(Base):
    def __eq__(self, o):
        print("Derived.eq"); return NotImplemented
    def __gt__(self, o):
        print("Derived.gt"); return True
print(Base() == Derived())
print(Base() < Derived())
b = Base()
print(b == b, b != b, b != Base())
class Weird:
    def __eq__(self, o): return [1]
    def __ne__(self, o): return []
print(Weird() == 1, Weird() != 1, 1 == Weird(), [Weird()] == [Weird()])
print(1 < 2 < 3, 1 < 3 < 2, (1 < 2) < 3)
class Cnt:
    n = 0
    def __lt__(self, o):
        Cnt.n += 1
        return True
a, bb, c = Cnt(), Cnt(), Cnt()
print(a < bb < c, Cnt.n)
try:
    1 < "a"
except TypeError as e: print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e: print("TypeError:", e)
try:
    None > None
except TypeError as e: print("TypeError:", e)
try:
    object() < object()
except TypeError as e: print("TypeError:", e)
try:
    V(1) < object()
except TypeError as e: print("TypeError:", e)
print({1, 2} < {1, 2, 3}, {1} == frozenset([1]), [1, 2] == [1, 2.0], (1, [2]) == (1, [2]))
x = float("nan")
print(x == x, [x] == [x], x in [x], (x,) == (x,))
class Eq:
    def __eq__(self, o): raise ValueError("eq boom")
try:
    Eq() in [1, 2]
except ValueError as e: print("ValueError:", e)
e = Eq()
print(e in [e])
class H:
    __hash__ = None
try:
    {H(): 1}
except TypeError as err: print("TypeError:", err)
print(isinstance(H(), object), H.__hash__)
class H2(H):
    def __hash__(self): return 7
print(hash(H2()))
class NoEqHash:
    pass
print(NoEqHash.__hash__ is object.__hash__, NoEqHash.__eq__ is object.__eq__)
class L:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(L()), 20 in L(), list(reversed(L())), [*L()])
class ItNone:
    __iter__ = None
try:
    iter(ItNone())
except TypeError as err: print("TypeError:", err)
class ContNone:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in ContNone()
except TypeError as err: print("TypeError:", err)
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(RevNone())
except TypeError as err: print("TypeError:", err)
