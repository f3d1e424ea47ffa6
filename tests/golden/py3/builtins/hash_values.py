import sys
for v in [0, 1, -1, -2, 2, 100, 2**61 - 1, 2**61, 2**61 + 5, -(2**61), 2**100, -(2**100)]:
    print(v, hash(v))
for v in [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e100, 2.0**61, float("inf"), float("-inf")]:
    print(v, hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0))
print(hash(1 + 0j) == hash(1), hash(2 + 3j))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((1.0, -1)))
print(hash((None,)) == hash((None,)), hash(None) == hash(None))
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(hash(frozenset()) == hash(frozenset()), hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return isinstance(o, H) and o.v == self.v
print(hash(H(42)), hash(H(-1)), hash(H(2**70)))
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
for v in [[1], {}, {1}, NoHash()]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
print(hash(((1, 2), [3])))
