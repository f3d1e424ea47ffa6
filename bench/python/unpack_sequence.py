"""unpack_sequence: unpacking tuples and lists into names, over and over.

Swaps, rotations, nested unpacking, unpacking in for loops and of function results (starred
targets are left out: Python 2.7 has none). Exercises the unpacking and tuple-building paths of the interpreter.
"""
import sys
import time

DEFAULT_ITERATIONS = 5
ROUNDS = 400000


def divide(a, b):
    return a // b, a % b


def unpack_tuples(rounds):
    a, b, c, d, e, f, g, h = 1, 2, 3, 4, 5, 6, 7, 8
    total = 0
    for _ in range(rounds):
        a, b, c, d, e, f, g, h = b, c, d, e, f, g, h, a
        a, b = b, a
        c, d, e = e, c, d
        quotient, remainder = divide(a * 1000 + h, c + 1)
        total += quotient - remainder + g
    return total


def unpack_lists(rounds):
    row = [3, 1, 4, 1, 5, 9, 2, 6]
    nested = [(1, (2, 3)), (4, (5, 6)), (7, (8, 9))]
    total = 0
    for i in range(rounds):
        a, b, c, d, e, f, g, h = row
        row[i % 8] = (a + h - b) % 100
        first, (second, third) = nested[i % 3]
        total += a * first + b * second + c * third + d - e + f - g
    return total


def unpack_items(rounds):
    table = dict((i, (i * 7 % 11, str(i))) for i in range(50))
    total = 0
    for _ in range(rounds // 50):
        for key, (weight, label) in table.items():
            total += key * weight + len(label)
    return total


def unpack_in_loops(rounds):
    points = [(i, i * 2, i * 3) for i in range(100)]
    total = 0
    for _ in range(rounds // 100):
        for x, y, z in points:
            total += x - y + z
        for index, (x, y, z) in enumerate(points):
            total += index * x
    return total


def run():
    return "%d %d %d %d" % (unpack_tuples(ROUNDS), unpack_lists(ROUNDS),
                            unpack_items(ROUNDS), unpack_in_loops(ROUNDS))


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
