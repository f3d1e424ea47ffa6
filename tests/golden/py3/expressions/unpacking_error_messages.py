cases = [
    "a, b = [1, 2, 3]",
    "a, b, c = [1, 2]",
    "a, b = 1",
    "a, *b, c = [1]",
    "a, = []",
    "a, b = 'xyz'",
    "(a, b), c = [1, 2], 3",
    "(a, b), c = [1, 2, 3], 4",
    "a, b = {'k': 1}",
    "a, b = None",
    "[a, b] = range(5)",
    "a, *b = ()",
    "*a, b, c, d = (1, 2)",
    "for x, y in [(1, 2), (3,)]: pass",
    "a, b = iter([1])",
]
for src in cases:
    ns = {}
    try:
        exec(src, ns)
        ns.pop('__builtins__')
        print(f"{src:32} ok {sorted(ns.items())}")
    except (ValueError, TypeError) as e:
        print(f"{src:32} {type(e).__name__}: {e}")
a, *b, c = range(6)
print(a, b, c)
first, *_, last = "hello"
print(first, last)
x, y = y, x = 1, 2
print(x, y)
def gen():
    yield 1
    yield 2
    yield 3
p, q = gen()
