def fail(n):
    try:
        raise ValueError("level %d" % n)
    except ValueError as e:
        if n == 0:
            raise
        raise KeyError(n) from e
try:
    fail(3)
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
def chain(n):
    if n == 0:
        raise RuntimeError("bottom")
    try:
        chain(n - 1)
    except RuntimeError as e:
        raise RuntimeError("level %d" % n) from e
try:
    chain(50)
except RuntimeError as e:
    depth = 0
    cur = e
    while cur.__cause__ is not None:
        depth += 1
        cur = cur.__cause__
    print(depth, cur)
def inner():
    raise TypeError("inner problem")
def outer():
    try:
        inner()
    except TypeError:
        raise ValueError("outer problem")
outer()
