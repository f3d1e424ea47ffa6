"""chaos: the chaos game, drawing an iterated-function-system fractal into a grid.

A point jumps under one of four affine maps (a fern), chosen by a linear congruential
generator with fixed weights; every landing point after a short warm-up is counted in a grid
cell. The checksum digests the grid. Exercises float arithmetic, integer arithmetic,
method calls and list indexing.
"""
import sys
import time

DEFAULT_ITERATIONS = 5
JUMPS = 400000
WIDTH = 64
HEIGHT = 96


class Lcg(object):
    """A 31-bit linear congruential generator (the constants of the C standard's example)."""

    def __init__(self, seed):
        self.state = seed

    def below(self, limit):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % limit


class AffineMap(object):
    def __init__(self, a, b, c, d, e, f, weight):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
        self.weight = weight

    def apply(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f


class Game(object):
    def __init__(self, maps, seed):
        self.maps = maps
        self.total_weight = sum(m.weight for m in maps)
        self.random = Lcg(seed)

    def choose(self):
        ticket = self.random.below(self.total_weight)
        for m in self.maps:
            if ticket < m.weight:
                return m
            ticket -= m.weight
        return self.maps[-1]

    def play(self, jumps, grid):
        x = 0.0
        y = 0.0
        for step in range(jumps):
            x, y = self.choose().apply(x, y)
            if step < 20:
                continue
            # The fern lies within -2.2 <= x <= 2.7, 0 <= y <= 10.
            column = int((x + 2.2) / 4.9 * (WIDTH - 1))
            row = int(y / 10.0 * (HEIGHT - 1))
            if 0 <= column < WIDTH and 0 <= row < HEIGHT:
                grid[row][column] += 1


FERN = (
    AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 1),
    AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 85),
    AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 7),
    AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 7),
)


def run():
    grid = [[0] * WIDTH for _ in range(HEIGHT)]
    Game(FERN, 20231).play(JUMPS, grid)
    digest = 0
    filled = 0
    for row in grid:
        for count in row:
            digest = (digest * 31 + count) % 1000000007
            if count:
                filled += 1
    return "cells=%d digest=%d" % (filled, digest)


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
