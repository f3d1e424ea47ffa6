# The training run behind the AOT cache of ./pyxis (docs/cli.md): a short program that goes
# through the paths every program takes — compiling, classes, calls, exceptions, formatting,
# containers, generators and the builtin modules — so that their classes are loaded and linked
# ahead of time.
import functools
import itertools
import math
import sys


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y:.2f})"


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def words(text):
    for word in text.split():
        yield word.strip(".,").lower()


counts = {}
for w in words("The quick brown fox jumps over the lazy dog. The end."):
    counts[w] = counts.get(w, 0) + 1
points = [Point(i, math.sqrt(i)) for i in range(5)]
try:
    {}["missing"]
except KeyError as e:
    message = repr(e)
text = "%s %d %r" % ("a", 1, points[:2]) + "{:>8}".format(fib(20)) + str(sorted(counts.items())[:3])
pairs = list(itertools.islice(itertools.permutations("abc"), 3))
total = sum(x * x for x in range(100)) + len({1, 2, 3} | {4}) + int("42") + round(2.5)
sys.stdout.write("" if text and pairs and total and message else "?")
