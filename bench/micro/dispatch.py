"""The interpreter's cost per instruction: each test repeats one statement ten times in a loop
of two million iterations and prints the best of four times in ns per iteration (the loop's own
cost included: compare with `empty`). Run it under CPython and Pyxis side by side, as
operations.py; `fast` (LOAD_FAST POP_TOP) and `store` (LOAD_FAST STORE_FAST, which Pyxis fuses)
show what dispatching an instruction costs, `attr` and `glob` a cached lookup. Not part of
`bench/run`.
"""
import time

N = 2000000
G = 1


class C:
    def __init__(self):
        self.x = 1


def t_empty(n):
    x = 1
    for i in range(n):
        pass


def t_fast(n):
    x = 1
    for i in range(n):
        x; x; x; x; x; x; x; x; x; x


def t_store(n):
    x = 1
    for i in range(n):
        y = x; y = x; y = x; y = x; y = x; y = x; y = x; y = x; y = x; y = x


def t_attr(n):
    c = C()
    for i in range(n):
        c.x; c.x; c.x; c.x; c.x; c.x; c.x; c.x; c.x; c.x


def t_glob(n):
    for i in range(n):
        G; G; G; G; G; G; G; G; G; G


for name, fn in [("empty", t_empty), ("fast", t_fast), ("store", t_store), ("attr", t_attr), ("glob", t_glob)]:
    best = None
    for _ in range(4):
        started = time.perf_counter()
        fn(N)
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    print("%-6s %6.1f ns/iter" % (name, best / N * 1e9))
