"""calls: the cost of calling, in its many forms.

Plain functions with positional, keyword and default arguments, *args and **kwargs, bound
and static methods, closures, lambdas, callable objects, and recursion. Exercises frame
creation and argument binding.
"""
import sys
import time

DEFAULT_ITERATIONS = 5
ROUNDS = 200000


def positional(a, b, c):
    return a + b - c


def with_defaults(a, b=2, c=3):
    return a * b + c


def variadic(*args):
    return len(args) + args[0]


def keywords(**kwargs):
    return len(kwargs) + kwargs["x"]


def fibonacci(n):
    if n < 2:
        return n
    return fibonacci(n - 1) + fibonacci(n - 2)


def make_adder(amount):
    def add(value):
        return value + amount
    return add


class Counter(object):
    def __init__(self):
        self.count = 0

    def bump(self, by):
        self.count += by
        return self.count

    @staticmethod
    def twice(value):
        return value * 2

    @classmethod
    def unit(cls):
        return 1

    def __call__(self, value):
        return value - 1


def run():
    total = 0
    add_three = make_adder(3)
    square = lambda value: value * value
    counter = Counter()
    bump = counter.bump
    for i in range(ROUNDS):
        total += positional(i, 1, 2)
        total += with_defaults(i) + with_defaults(i, 3) + with_defaults(i, c=1)
        total += positional(c=1, b=2, a=i)
        total += variadic(i, 2, 3) + keywords(x=i, y=2)
        total += add_three(i) + square(i % 100)
        total += counter.bump(1) % 7 + bump(1) % 5
        total += Counter.twice(i) + counter.unit() + counter(i)
        total = total % 1000000007
    total += fibonacci(22)
    return "%d %d" % (total, counter.count)


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
