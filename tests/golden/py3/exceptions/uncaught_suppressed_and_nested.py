def inner():
    raise ValueError("inner problem")
def middle():
    try:
        inner()
    except ValueError as e:
        raise KeyError("lookup failed") from e
def outer():
    try:
        middle()
    except KeyError:
        raise RuntimeError("outer failure") from None
try:
    outer()
except RuntimeError as e:
    print("suppressed context:", e.__suppress_context__, type(e.__context__).__name__)
def handler_fails():
    try:
        middle()
    except KeyError:
        undefined_name + 1
handler_fails()
