"""pidigits: decimal digits of pi from an unbounded spigot (Gibbons, 2006).

Streams digits from exact rational arithmetic on ever-growing integers. Exercises big-integer
multiplication, addition and floor division.
"""
import sys
import time

DEFAULT_ITERATIONS = 5
DIGITS = 2500


def pi_digits():
    q, r, t, k, digit, x = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < digit * t:
            yield digit
            q, r, digit = 10 * q, 10 * (r - digit * t), (10 * (3 * q + r)) // t - 10 * digit
        else:
            q, r, t, k, digit, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                    (q * (7 * k + 2) + r * x) // (t * x), x + 2)


def run():
    digits = []
    for digit in pi_digits():
        digits.append(digit)
        if len(digits) == DIGITS:
            break
    text = "".join([str(d) for d in digits])
    return "%s...%s sum=%d" % (text[:12], text[-12:], sum(digits))


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
