"""generators: pipelines of generators, generator expressions and coroutines.

Numbers flow through a chain of generator stages (filtering, mapping, pairing, batching,
flattening through a delegating generator), a tree is walked by recursive generators, and a
coroutine receives values through send(). Exercises generator creation, resumption and
closing, which a VM must make cheap.
"""
import sys
import time

DEFAULT_ITERATIONS = 5
COUNT = 450000
TREE_DEPTH = 16


def numbers(limit):
    value = 0
    while value < limit:
        yield value
        value += 1


def not_divisible(source, divisor):
    for value in source:
        if value % divisor:
            yield value


def squared(source):
    for value in source:
        yield value * value % 1000003


def pairs(source):
    iterator = iter(source)
    for first in iterator:
        for second in iterator:
            yield first, second
            break


def batches(source, size):
    batch = []
    for item in source:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def flatten_one(batch):
    for first, second in batch:
        yield first
        yield second


def flattened(source):
    for batch in source:
        for value in flatten_one(batch):
            yield value


def pipeline(limit):
    stream = squared(not_divisible(not_divisible(numbers(limit), 3), 7))
    return flattened(batches(pairs(stream), 16))


def tree(depth, label):
    """A complete binary tree as nested tuples (label, left, right)."""
    if depth == 0:
        return None
    return (label, tree(depth - 1, label * 2), tree(depth - 1, label * 2 + 1))


def in_order(node):
    if node is None:
        return
    label, left, right = node
    for value in in_order(left):
        yield value
    yield label
    for value in in_order(right):
        yield value


def averager():
    """A coroutine: send numbers, receive the running mean times 1000 (an integer)."""
    total = 0
    count = 0
    mean = None
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total * 1000 // count


def run():
    digest = 0
    for value in pipeline(COUNT):
        digest = (digest * 31 + value) % 1000000007
    root = tree(TREE_DEPTH, 1)
    walked = 0
    for label in in_order(root):
        walked = (walked * 3 + label) % 1000000007
    evens = sum(x for x in numbers(COUNT) if x % 2 == 0)
    squares = sum(x * x for x in (y + 1 for y in range(COUNT)))
    mean = averager()
    next(mean)
    last = 0
    for value in range(COUNT):
        last = mean.send(value % 97)
    mean.close()
    return "%d %d %d %d %d" % (digest, walked, evens, squares, last)


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
