from operator import itemgetter, attrgetter, methodcaller
import operator
rows = [{'name': 'ann', 'dept': 'eng', 'pay': 120}, {'name': 'bob', 'dept': 'ops', 'pay': 90},
        {'name': 'cy', 'dept': 'eng', 'pay': 105}, {'name': 'di', 'dept': 'ops', 'pay': 90}]
print([r['name'] for r in sorted(rows, key=itemgetter('dept', 'pay'))])
print([r['name'] for r in sorted(rows, key=itemgetter('pay'), reverse=True)])
print(itemgetter(1, 3, 5)("abcdef"), itemgetter(slice(2, None))([1, 2, 3, 4]), itemgetter(-1)(range(9)))
class Emp:
    def __init__(self, name, boss=None):
        self.name, self.boss = name, boss
    def greet(self, punct='!'):
        return 'hi ' + self.name + punct
big = Emp('big'); mid = Emp('mid', big); low = Emp('low', mid)
print(attrgetter('boss.name')(low), attrgetter('name', 'boss.boss.name')(low))
print(list(map(methodcaller('greet', '?'), [big, mid])), methodcaller('upper')('x'))
try:
    attrgetter('boss.name')(big)
except AttributeError as e:
    print("AttributeError:", e)
try:
    itemgetter('missing')(rows[0])
except KeyError as e:
    print("KeyError:", e)
print(operator.add(1, 2), operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 1, 2], 1))
print(operator.indexOf("hello", "l"), operator.neg(5), operator.not_(0), operator.truth([]), operator.is_(None, None))
print(operator.getitem({'a': 1}, 'a'), operator.length_hint(iter(range(7))), operator.pow(2, 5), operator.xor(6, 3))
l = [1, 2, 3]
operator.setitem(l, 0, 'x'); operator.delitem(l, 1)
print(l, operator.iadd([1], [2]), operator.imul("ab", 2))
ops = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv, '//': operator.floordiv, '%': operator.mod, '**': operator.pow}
print({k: f(17, 5) for k, f in ops.items()})
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(1, 0)), sorted("bca", key=operator.neg.__class__ and str))
print(repr(itemgetter(1, 'a')), repr(attrgetter('x.y')), repr(methodcaller('m', 1, k=2)))
