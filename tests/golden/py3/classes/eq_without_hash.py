class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v

print(P.__hash__, P(1) == P(1), P(1) != P(2))
for op in (lambda: hash(P(1)), lambda: {P(1)}, lambda: {P(1): 1}):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)

class Q(P):
    def __hash__(self):
        return hash(self.v)
print(len({Q(1), Q(1), Q(2)}), {Q(3): 'x'}[Q(3)])

class R(Q):
    def __eq__(self, other):
        return NotImplemented
print(R.__hash__ is None)

class S:
    def __hash__(self):
        return 42
print(hash(S()), S() == S())

class T:
    __hash__ = None
try:
    hash(T())
except TypeError as e:
    print("TypeError:", e)

class U(P):
    __hash__ = P.__hash__
print(U.__hash__)
class V:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(V() == 5, len({V(), V()}))
seen = [P(1), P(2)]
print(P(2) in seen, seen.index(P(2)), seen.count(P(1)))
s = set()
s.add(P(5))
