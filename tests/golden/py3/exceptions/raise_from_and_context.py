def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__),
          "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("converted") from z
except ValueError as e:
    show(e)
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    show(e)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise TypeError("no context") from None
except TypeError as e:
    show(e)
try:
    raise OSError("direct") from ValueError("cause without context")
except OSError as e:
    show(e)
e = ValueError("v")
e.__cause__ = KeyError("manual")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise IndexError("i") from KeyError
except IndexError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
def deep():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError:
            raise TypeError(3)
try:
    deep()
except TypeError as e:
    c = e
    while c is not None:
        print("chain:", type(c).__name__, c)
        c = c.__context__
ex = RuntimeError("tb")
print(ex.__traceback__, ex.with_traceback(None) is ex)
try:
    raise ex
except RuntimeError as r:
    print(r.__traceback__ is not None, r.__traceback__.tb_lineno, type(r.__traceback__).__name__)
