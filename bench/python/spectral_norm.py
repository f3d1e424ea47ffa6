"""spectral_norm: the spectral norm of an infinite matrix, by the power method.

A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), truncated to N x N. Ten rounds of
u <- At A u give sqrt(u.v / v.v) close to 1.2742241. Exercises float division, nested loops
over lists, function calls and generator expressions.
"""
import sys
import time
from math import sqrt

DEFAULT_ITERATIONS = 5
SIZE = 250
ROUNDS = 10


def entry(i, j):
    total = i + j
    return 1.0 / (total * (total + 1) // 2 + i + 1)


def times(vector):
    """A times vector."""
    n = len(vector)
    result = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(i, j) * vector[j]
        result.append(acc)
    return result


def times_transposed(vector):
    """A transposed times vector."""
    n = len(vector)
    result = []
    for i in range(n):
        # Added in order by hand: sum() of floats is compensated on newer Pythons.
        acc = 0.0
        for term in (entry(j, i) * vector[j] for j in range(n)):
            acc += term
        result.append(acc)
    return result


def normal_times(vector):
    return times_transposed(times(vector))


def run():
    u = [1.0] * SIZE
    v = u
    for _ in range(ROUNDS):
        v = normal_times(u)
        u = normal_times(v)
    vbv = 0.0
    vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    return "%.9f" % sqrt(vbv / vv)


# --- The protocol, the same in every program of bench/python ---
# prog.py [ITERATIONS]: every iteration does the same, fixed amount of work. Each one prints
# "bench-iteration INDEX SECONDS"; the end prints "bench-checksum VALUE", which must be the
# same on every implementation. An iteration whose result differs from the first one's makes
# the checksum "inconsistent ...", so that a wrong answer is never mistaken for a time.

def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ITERATIONS
    try:
        timer = time.perf_counter
    except AttributeError:  # Python 2.7
        timer = time.time
    first = None
    odd = None
    for index in range(iterations):
        started = timer()
        result = run()
        elapsed = timer() - started
        sys.stdout.write("bench-iteration %d %.6f\n" % (index, elapsed))
        sys.stdout.flush()
        if index == 0:
            first = result
        elif result != first and odd is None:
            odd = result
    if odd is None:
        sys.stdout.write("bench-checksum %s\n" % (first,))
    else:
        sys.stdout.write("bench-checksum inconsistent: %s then %s\n" % (first, odd))


if __name__ == "__main__":
    main()
