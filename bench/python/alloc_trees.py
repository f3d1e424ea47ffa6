"""alloc_trees: building and discarding many binary trees of small objects.

A long-lived tree stays alive for the whole iteration while many short-lived trees of
several depths are built, walked and dropped, and lists of small records come and go. This is
an allocation and garbage-collection benchmark: almost every object dies young.
"""
import sys
import time

DEFAULT_ITERATIONS = 5
MAX_DEPTH = 14
MIN_DEPTH = 4


class Node(object):
    __slots__ = ("left", "right", "value")

    def __init__(self, left, right, value):
        self.left = left
        self.right = right
        self.value = value


def build(depth, value):
    if depth == 0:
        return Node(None, None, value)
    return Node(build(depth - 1, value * 2), build(depth - 1, value * 2 + 1), value)


def check(node):
    """The number of nodes, plus the values of the leaves modulo a prime."""
    total = 1
    leaves = 0
    stack = [node]
    while stack:
        current = stack.pop()
        if current.left is None:
            leaves = (leaves + current.value) % 1000003
        else:
            total += 2
            stack.append(current.left)
            stack.append(current.right)
    return total + leaves


class Record(object):
    def __init__(self, key, payload):
        self.key = key
        self.payload = payload


def churn_records(rounds):
    total = 0
    for round_index in range(rounds):
        records = [Record(i, [i, round_index]) for i in range(200)]
        keep = [r for r in records if r.key % 3 == 0]
        total += len(keep) + keep[-1].payload[0]
    return total


def run():
    long_lived = build(MAX_DEPTH, 1)
    digest = 0
    for depth in range(MIN_DEPTH, MAX_DEPTH + 1, 2):
        trees = 2 ** (MAX_DEPTH - depth + MIN_DEPTH - 2)
        for index in range(trees):
            digest = (digest + check(build(depth, index))) % 1000000007
    digest = (digest + check(long_lived) + churn_records(300)) % 1000000007
    return "%d" % digest


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
