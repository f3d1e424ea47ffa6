"""fannkuch: pancake flipping over every permutation of 1..N.

For each permutation, repeatedly reverse the first k elements where k is the first element,
until 1 comes first; report the largest number of flips and a signed checksum of the flip
counts. Permutations are visited in the order of the count-vector rotation scheme. Exercises
list slicing, slice assignment and integer loops.
"""
import sys
import time

DEFAULT_ITERATIONS = 5
SIZE = 9


def fannkuch(n):
    permutation = list(range(n))
    counts = [0] * n
    most_flips = 0
    checksum = 0
    sign = 1
    remaining = n
    while True:
        while remaining != 1:
            counts[remaining - 1] = remaining
            remaining -= 1

        first = permutation[0]
        if first != 0:
            flipped = permutation[:]
            flips = 0
            while first != 0:
                flipped[:first + 1] = flipped[first::-1]
                flips += 1
                first = flipped[0]
            if flips > most_flips:
                most_flips = flips
            checksum += sign * flips
        sign = -sign

        # Next permutation: rotate the first `remaining + 1` elements left until a count is left.
        while True:
            if remaining == n:
                return checksum, most_flips
            head = permutation[0]
            permutation[:remaining] = permutation[1:remaining + 1]
            permutation[remaining] = head
            counts[remaining] -= 1
            if counts[remaining] > 0:
                break
            remaining += 1


def run():
    checksum, most_flips = fannkuch(SIZE)
    return "checksum=%d flips=%d" % (checksum, most_flips)


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
