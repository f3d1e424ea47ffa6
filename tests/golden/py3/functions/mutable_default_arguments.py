def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))

def counter(_state={'n': 0}):
    _state['n'] += 1
    return _state['n']
print([counter() for _ in range(4)])

def kw(a, *, opts={}):
    opts.setdefault('calls', 0)
    opts['calls'] += 1
    return opts
kw(1); kw(2)
print(kw.__kwdefaults__)

def f(x=len("abc"), y=[i * i for i in range(3)]):
    return x, y
print(f(), f.__defaults__[1] is f()[1])
f.__defaults__ = (10, 'replaced')
print(f())
n = 5
def g(v=n):
    return v
n = 6
print(g())
class Bag:
    def __init__(self, items=[]):
        self.items = items
    def add(self, x):
        self.items.append(x)
b1, b2 = Bag(), Bag()
b1.add('x')
print(b2.items, b1.items is b2.items, Bag([]).items)
