def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        old, count = count, start
        return old
    return inc, reset

inc, reset = make_counter()
print(inc(), inc(), inc(), reset(), inc())
inc2, _ = make_counter(100, -7)
print([inc2() for _ in range(4)])

def accumulator():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)       # no nonlocal needed for mutation
        return total
    add.items = items
    return add
acc = accumulator()
for v in (5, 10, -3):
    acc(v)
print(acc(0), acc.items)

def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'inner set'
        inner()
        return x
    r = middle()
    return r, x
print(outer())

def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
n = fib_gen()
print([n() for _ in range(12)])

def shadow():
    v = 1
    def f():
        v = 2       # local, not nonlocal
        return v
    f()
    return v
print(shadow())

def broken():
    n = 0
    def bump():
        n += 1
        return n
    return bump()
broken()
