"""nqueens: every placement of N non-attacking queens on an N x N board.

Solutions are produced by a recursive generator that extends a partial placement row by row,
with sets of the occupied columns and diagonals. Exercises recursive generators, sets, tuples
and integer arithmetic.
"""
import sys
import time

DEFAULT_ITERATIONS = 5
SIZE = 10
ROUNDS = 6


def placements(n, row, columns, rising, falling, placed):
    """Yields every completion of placed (a tuple of columns, one per row so far)."""
    if row == n:
        yield placed
        return
    for column in range(n):
        if column in columns or (row + column) in rising or (row - column) in falling:
            continue
        columns.add(column)
        rising.add(row + column)
        falling.add(row - column)
        for solution in placements(n, row + 1, columns, rising, falling, placed + (column,)):
            yield solution
        columns.discard(column)
        rising.discard(row + column)
        falling.discard(row - column)


def run():
    count = 0
    digest = 0
    for _ in range(ROUNDS):
        count = 0
        digest = 0
        for solution in placements(SIZE, 0, set(), set(), set(), ()):
            count += 1
            value = 0
            for column in solution:
                value = value * SIZE + column
            digest = (digest * 7 + value) % 1000000007
    return "solutions=%d digest=%d" % (count, digest)


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
