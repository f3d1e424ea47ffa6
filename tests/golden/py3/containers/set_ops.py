a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([9], (10,))), sorted(a.intersection(range(3), [1, 2])), sorted(a.difference({1}, {2})), sorted(a.symmetric_difference([4, 6])))
print(a <= a, a < a, {1, 2} < a, a > {1}, a >= b, {1, 2}.issubset([1, 2, 3]), a.issuperset([1]), a.isdisjoint({7, 8}), a.isdisjoint(b))
c = set(a)
c.add(10); c.add(1); c.discard(2); c.discard(99); c.remove(3)
print(sorted(c), len(c))
c.update([20, 21], (22,)); print(sorted(c))
c.intersection_update(range(15), range(5, 25)); print(sorted(c))
c |= {1}; c &= {1, 10, 11}; c -= {11}; c ^= {2, 10}; print(sorted(c))
d = {3, 1, 2}
d.difference_update({1}); d.symmetric_difference_update({2, 9}); print(sorted(d))
print(d.pop() in {3, 9}, len(d))
d.clear(); print(d, set(), len(set()), set("hello") == {"h", "e", "l", "o"}, set([1, 1, 1]))
fs = frozenset([1, 2, 3])
print(sorted(fs), fs == {1, 2, 3}, hash(fs) == hash(frozenset([3, 2, 1])), {fs: "ok"}[frozenset({1, 2, 3})], frozenset())
print(type(fs | {4}).__name__, type({4} | fs).__name__, type(fs.copy()).__name__, sorted(fs - {1}))
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), frozenset({1}) in nested)
print({1, 1.0, True}, {0, False, 0.0, -0.0}, len({1, "1", 1.0}), {(1, 2), (1, 2)})
for fn in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: {1} + {2}, lambda: fs.add(1),
           lambda: {1} < [1]]:
    try:
        fn()
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
s = {5}
try:
    for x in s:
        s.add(x + 1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr({1}), repr(frozenset({7})), repr(set()), repr(frozenset()), str({"only"}))
print(sorted({x % 7 for x in range(100)}), sorted(set(range(5)) - set(range(2, 10))))
print(sorted(set("mississippi")), "".join(sorted(set("banana"), key="banana".index)))
print(sorted({3, 1} | {2}) == [1, 2, 3], max({4, 9, 2}), min(frozenset("bca")), sum({1, 2, 3}))
{1, 2}.remove(3)
