# The methods and special methods of list, tuple, dict, set, range, slice and iterators.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

l = [3, 1, 2]
l.append(4); l.extend((5, 6)); l.insert(0, 9); l.insert(-100, 0); l.insert(100, 7)
print(l, l.pop(), l.pop(0), l.index(2), l.count(1), l.index(5, 2, 6))
l.sort(); print(l); l.sort(key=lambda x: -x); print(l); l.sort(reverse=True); print(l)
l.reverse(); print(l, l.copy(), len(l), l.__len__(), l.__getitem__(-1), l.__contains__(3))
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].remove(2))
t(lambda: [1].index(2))
t(lambda: [].append())
t(lambda: [].reverse(1))
t(lambda: list.append(5, 1))
t(lambda: list.__len__(5))
t(lambda: [1] + (1,))
t(lambda: [1].__add__((1,)))
t(lambda: [1, 2].__mul__(2))
t(lambda: [1].__rmul__(3))
t(lambda: hash([]))
t(lambda: list.__hash__)
t(lambda: list[int])
t(lambda: [1, 2] < [1, 3])
t(lambda: [].__lt__(()))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
m = [3, 1, 2]
def k(x):
    m.append(x)
    return x
t(lambda: m.sort(key=k)); print(m)
m = [3, 1, 2]
def k2(x):
    print("during sort:", len(m), m)
    return x
m.sort(key=k2); print(m)

class Stack(list):
    def push(self, x):
        self.append(x)
    def append(self, x):
        super().append(x * 10)
    def __getitem__(self, i):
        return ('item', super().__getitem__(i))
st = Stack([1]); st.push(2); print(st, st[1], len(st), type(st).__name__)

tp = (1, 2, 3, 2)
print(tp.index(2), tp.count(2), tp.index(2, 2), tp.__len__(), tp.__getitem__(1), tp[1:], tp * 2, 2 * tp)
t(lambda: tp.index(9))
t(lambda: (1,) + [1])
print(hash(()), hash((1, 2)), hash((1, 'a')), hash(((1, 2), 3)), hash((-1,)), hash((2**70, 1.5)))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return 'Point' + super().__repr__()
p = Point(3, 4); print(p, p.x, p.__getnewargs__(), len(p), p == (3, 4), hash(p) == hash((3, 4)))

d = {'a': 1, 'b': 2, 'c': 3}
print(d.keys(), d.values(), d.items(), d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('d', 4), d.setdefault('a', 9), d.pop('d'), d.pop('zz', None), d.popitem(), d)
t(lambda: {}.popitem())
t(lambda: {}.pop(1))
t(lambda: {}['k'])
t(lambda: {}.update([1]))
t(lambda: {}.update([[1, 2, 3]]))
d.update({'x': 1}, y=2); d.update([('z', 3)]); print(d)
print(dict.fromkeys('ab'), dict.fromkeys(range(3), 0), {1: 2} | {3: 4}, {1: 2}.__ror__({5: 6}))
e = {1: 1}; e |= [(2, 2)]; print(e, e.copy(), list(reversed(e)), list(reversed(e.items())))
e.clear(); print(e, len(e))
t(lambda: {1: 2}.__or__(1))
t(lambda: hash({}))
t(lambda: dict[str, int])
k = {'a': 1, 'b': 2}.keys()
# (sorted: the order of a set of str depends on str hashes)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), sorted({'a', 'q'} - k), k == {'a', 'b'}, k <= {'a', 'b', 'c'})
it = {'a': 1, 'b': 2}.items()
print(('a', 1) in it, ('a', 2) in it, 'a' in it, it == {('a', 1), ('b', 2)}, it.isdisjoint([('q', 1)]), len(it))
t(lambda: hash({}.keys()))
dd = {'a': 1}
t(lambda: [dd.__setitem__('b', 2) for _ in dd])
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter(a=1); print(c['a'], c['zz'], c.get('zz'), 'zz' in c, c)

s = {3, 1, 2}
s.add(5); s.discard(1); s.discard(99); s.remove(2); print(s, s.pop(), s)
t(lambda: set().pop())
t(lambda: set().remove(1))
t(lambda: set.add(frozenset(), 1))
print({1, 2, 3} & {2, 3, 4}, {1, 2} | {5}, {1, 2, 3} - {2}, {1, 2} ^ {2, 3})
print({1, 2}.union([3], (4,)), {1, 2, 3}.intersection([2, 3], {3}), {1, 2, 3}.difference([1], [2]))
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1}.isdisjoint([2]), {1, 2} < {1, 2, 3}, {1} == frozenset({1}))
u = {1, 2}; u.update([3], {4}); u.intersection_update([1, 2, 3]); u.difference_update([1]); u.symmetric_difference_update([3, 9]); print(u)
print(frozenset({1, 2}) | {3}, type(frozenset({1}) | {3}).__name__, frozenset().union([1]))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({7, (1, 2)})), hash(frozenset(range(100))))
print(set() in {frozenset()}, {frozenset({1}): 'x'}[frozenset({1})])
t(lambda: hash(set()))

r = range(1, 10, 2)
print(r, r.start, r.stop, r.step, r.index(5), r.count(3), r.count(4), r[1:3], r[::-1], list(reversed(r)), len(r))
print(range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(1) == range(1, 2), range(5)[-1])
print(hash(range(1, 5, 2)) == hash(range(1, 6, 2)), 7 in r, 8 in r, 3.0 in r)
t(lambda: r.index(4))
t(lambda: range(1).__getitem__('a'))
t(lambda: range(3) < range(4))

sl = slice(1, None, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(10), slice(5).indices(3), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, 2) != slice(1, 2, None))
t(lambda: hash(slice(1)))
t(lambda: slice(1, 2).indices(-1))
t(lambda: slice(1, 2, 0).indices(5))

for make in (lambda: iter([1, 2, 3]), lambda: iter((1, 2)), lambda: iter(range(4)), lambda: iter({1: 2}),
             lambda: iter({1, 2}), lambda: iter('ab'), lambda: reversed([1, 2]), lambda: iter({1: 2}.items())):
    i = make()
    print(type(i).__name__, iter(i) is i, i.__length_hint__(), i.__next__(), i.__length_hint__())
for make in (lambda: enumerate('ab'), lambda: zip('ab', 'cd'), lambda: map(str, [1]), lambda: filter(None, [0, 1])):
    i = make()
    print(type(i).__name__, iter(i) is i, i.__next__(), hasattr(i, '__length_hint__'))
i = iter([1])
next(i)
t(lambda: i.__next__())
