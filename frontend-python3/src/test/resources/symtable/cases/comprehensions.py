data = [1, 2]
a = [x * y for x in data for y in range(x) if x if y]
b = {k: v for k, v in zip(data, data)}
c = {s for s in data}
d = (t for t in data)
e = [[u + w for u in data] for w in data]
def f(n):
    return [m + n for m in range(n)]
def w():
    r = [last := i for i in range(3)]
    return last, r
def w2():
    def inner():
        return [(y := i) for i in range(3)]
    return inner
z = [(mod := i) for i in range(2)]
class K:
    items = [1]
    copy = [i for i in items]
    nested = [[j for j in range(3)] for i in range(2)]
def gen():
    yield 1
    x = yield from gen()
    return (yield)
def outer():
    x = 1
    return [lambda: x for _ in range(2)]
