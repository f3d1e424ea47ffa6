"""exceptions: raising and handling exceptions in loops.

Exceptions raised and caught in the same frame and several frames up, custom exception
classes with attributes, finally blocks, re-raising, exceptions used for control flow
(a dict miss, int() of a bad string, StopIteration). Exercises the unwinding machinery.
"""
import sys
import time

DEFAULT_ITERATIONS = 5
ROUNDS = 150000


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


class SmallError(AppError):
    pass


def deep(level, value):
    if level == 0:
        if value % 3 == 0:
            raise SmallError(value)
        raise AppError(value)
    return deep(level - 1, value)


def guarded(value):
    cleanups = 0
    try:
        try:
            deep(3, value)
        finally:
            cleanups += 1
    except SmallError as error:
        return error.code * 2 + cleanups
    except AppError as error:
        return error.code + cleanups
    return -1


def reraise(value):
    try:
        try:
            raise KeyError(value)
        except KeyError:
            raise
    except LookupError as error:
        return error.args[0]


def parse_or_zero(text):
    try:
        return int(text)
    except ValueError:
        return 0


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return -1


def exhausted(values):
    iterator = iter(values)
    count = 0
    while True:
        try:
            next(iterator)
        except StopIteration:
            return count
        count += 1


def run():
    table = dict((i, i * i) for i in range(0, 100, 2))
    words = ["12", "x7", "40", "", "3.5", "-8"]
    total = 0
    for i in range(ROUNDS):
        total += guarded(i)
        total += reraise(i % 50)
        total += parse_or_zero(words[i % 6])
        total += lookup(table, i % 100)
        if i % 10 == 0:
            total += exhausted((1, 2, 3))
        total %= 1000000007
    return "%d" % total


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
