"""Per-operation costs: each test runs one operation in a loop of a million iterations, three
times, and prints the best time in ns per iteration (the loop's own cost included: compare with
`loop`). Run it under CPython and Pyxis side by side:

    PYENV_VERSION=3.11.7 python bench/micro/operations.py > /tmp/cpython.txt
    ./pyxis bench/micro/operations.py > /tmp/pyxis.txt
    paste /tmp/cpython.txt /tmp/pyxis.txt

Arguments select tests by name (`./pyxis bench/micro/operations.py call0 global`). Not part of
`bench/run`: these locate a cost, the suite measures progress.
"""
import sys
import time

N = 1000000
G = 5


def f0():
    pass


def f2(a, b):
    return a


class C(object):
    def __init__(self):
        self.x = 1
        self.y = 2

    def m(self, a):
        return a


def t_loop():
    for i in range(N):
        pass


def t_while():
    i = 0
    while i < N:
        i += 1


def t_intadd():
    x = 0
    for i in range(N):
        x = x + i


def t_intmul():
    x = 0
    for i in range(N):
        x = i * 3 + (i & 7)


def t_floatmul():
    x = 1.5
    y = 0.0
    for i in range(N):
        y = y + x * 2.0


def t_cmp():
    x = 0
    for i in range(N):
        if i < 500:
            x += 1


def t_global():
    for i in range(N):
        G
        G
        G


def t_builtin():
    for i in range(N):
        len
        len
        len


def t_call0():
    for i in range(N):
        f0()


def t_call2():
    for i in range(N):
        f2(i, i)


def t_method():
    c = C()
    for i in range(N):
        c.m(i)


def t_attr():
    c = C()
    for i in range(N):
        c.x
        c.y
        c.x


def t_setattr():
    c = C()
    for i in range(N):
        c.x = i


def t_new():
    for i in range(N):
        C()


def t_listidx():
    items = [1, 2, 3, 4]
    for i in range(N):
        items[1]
        items[2]
        items[3]


def t_listappend():
    items = []
    for i in range(N):
        items.append(i)


def t_len():
    items = [1]
    for i in range(N):
        len(items)


def t_isinstance():
    c = C()
    for i in range(N):
        isinstance(c, C)


def t_tuple():
    for i in range(N):
        t = (i, i)
        a, b = t


def t_dict():
    d = {}
    for i in range(N):
        d[i & 255] = i


def t_str():
    s = "abc"
    for i in range(N):
        s + "d"


def t_gen():
    def numbers():
        for i in range(N):
            yield i
    for x in numbers():
        pass


def main():
    tests = sorted((name, fn) for name, fn in globals().items() if name.startswith("t_"))
    only = sys.argv[1:]
    for name, fn in tests:
        if only and name[2:] not in only:
            continue
        best = None
        for _ in range(3):
            start = time.perf_counter()
            fn()
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
        sys.stdout.write("%-12s %8.1f ns/iter\n" % (name[2:], best * 1e9 / N))


main()
