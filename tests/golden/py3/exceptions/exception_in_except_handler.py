def step(n):
    try:
        if n == 0:
            raise KeyError("first problem")
        return n
    except KeyError as e:
        log = {}
        return log["missing-" + str(e.args[0])]

print(step(5))
try:
    step(0)
except KeyError as e:
    print("outer caught:", e, "| context:", repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("replacement") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
def reraise():
    try:
        raise TypeError("inner")
    except TypeError:
        try:
            raise
        finally:
            print("finally in handler")
try:
    reraise()
except TypeError as e:
    print("reraised", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
e_saved = None
try:
    raise IndexError("saved")
except IndexError as e:
    e_saved = e
try:
    e
except NameError as ne:
    print("NameError:", ne)
print(repr(e_saved))
step(0)
