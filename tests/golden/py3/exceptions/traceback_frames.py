# Traceback objects lead to the frames the exception passed through: their code, line,
# globals and the locals they had when the exception left them.
import sys


def parse(text, base):
    digits = list(text)
    total = 0
    for d in digits:
        total = total * base + int(d)
    return total


def load(records):
    out = []
    for rec in records:
        out.append(parse(rec, 10))
    return out


try:
    load(["12", "3x", "4"])
except ValueError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        frame = tb.tb_frame
        entries.append((frame.f_code.co_name, tb.tb_lineno, frame.f_lineno))
        tb = tb.tb_next
    print(entries)
    inner = e.__traceback__.tb_next.tb_next.tb_frame
    print(inner.f_code.co_name, sorted(inner.f_locals.items()))
    outer = inner.f_back
    print(outer.f_code.co_name, outer.f_locals["out"], outer.f_locals["rec"])
    print(outer.f_back is sys._getframe(), outer.f_globals is globals())
    print(e.__traceback__.tb_frame is sys._getframe())


def deep(n):
    if n == 0:
        raise KeyError("bottom")
    return deep(n - 1)


try:
    deep(4)
except KeyError as e:
    tb = e.__traceback__
    ns = []
    while tb is not None:
        if tb.tb_frame.f_code.co_name == "deep":
            ns.append(tb.tb_frame.f_locals["n"])
        tb = tb.tb_next
    print(ns)

# Builtins never show object's docstring as their own.
print(len.__doc__ != object.__doc__, [].append.__doc__ != object.__doc__, (1).__doc__ != object.__doc__)
