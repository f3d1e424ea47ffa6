"""Regenerates arith.tsv: CPython 3.11's results of the numeric operators on mixed operands.

Run with CPython 3.11: PYENV_VERSION=3.11.7 python regen_arith.py
Each line: op, operands (encoded), expected result ("type:repr" or "!Exception: message").
Operands: i:<decimal> int, b:True/b:False bool, f:<hex bits> float, c:<hex bits>,<hex bits> complex.
"""
import operator
import struct
import sys

assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"
# Big results are compared as plain decimal text, whatever the str conversion limit.
sys.set_int_max_str_digits(0)

INF = float("inf")
NAN = float("nan")
VALUES = [0, 1, -1, 2, -7, 13, 2**53 + 1, 2**62 - 1, -2**62, 2**63, -2**63 - 1, 10**30, -(10**30), 10**400,
          True, False,
          0.0, -0.0, 0.5, -2.5, 3.0, 1e308, 5e-324, INF, -INF, NAN, 2.0**53, 0.1,
          0j, 1 + 2j, -3.5j, complex(1e308, 1e308)]

BINARY = {"add": operator.add, "sub": operator.sub, "mul": operator.mul, "truediv": operator.truediv,
          "floordiv": operator.floordiv, "mod": operator.mod, "pow": operator.pow, "lshift": operator.lshift,
          "rshift": operator.rshift, "and": operator.and_, "or": operator.or_, "xor": operator.xor,
          "divmod": divmod, "lt": operator.lt, "le": operator.le, "eq": operator.eq, "ne": operator.ne,
          "gt": operator.gt, "ge": operator.ge}
UNARY = {"neg": operator.neg, "pos": operator.pos, "invert": operator.invert, "abs": abs}


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def encode(v):
    if isinstance(v, bool):
        return "b:%s" % v
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + bits(v)
    return "c:%s,%s" % (bits(v.real), bits(v.imag))


INT_OPS = {"lshift", "rshift", "and", "or", "xor"}


def skipped(op, a, b):
    """Huge powers (slow in CPython) and redundant TypeErrors of the int-only operators."""
    if op == "pow" and isinstance(a, int) and isinstance(b, int) and abs(a) > 1 and b > 100:
        return True
    if op in INT_OPS:
        for v in (a, b):
            if isinstance(v, float) and v != 0.5 or isinstance(v, complex) and v != 1 + 2j:
                return True
    return False


def result(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)
    return "%s:%r" % (type(r).__name__, r)


def main():
    out = []
    for name, f in BINARY.items():
        for a in VALUES:
            for b in VALUES:
                if not skipped(name, a, b):
                    out.append("\t".join([name, encode(a), encode(b), result(f, a, b)]))
    for name, f in UNARY.items():
        for a in VALUES:
            out.append("\t".join([name, encode(a), "-", result(f, a)]))
    for a in [2, -7, 10**30, True, 2.0, 1j]:
        for b in [0, 3, -1, 10**20, 0.5]:
            for m in [0, 5, -5, 10**25, 1.0]:
                out.append("\t".join(["pow3", encode(a), encode(b) + "|" + encode(m), result(pow, a, b, m)]))
    with open(__file__.rsplit("/", 1)[0] + "/arith.tsv", "w") as fh:
        fh.write("\n".join(out) + "\n")


main()
