log = []
def step(name):
    log.append(name)
def f():
    try:
        step("try")
        try:
            step("inner try")
            raise ValueError
        except ValueError:
            step("inner except")
            return "inner return"
        finally:
            step("inner finally")
    finally:
        step("outer finally")
print(f(), log)
log.clear()
def g():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise KeyError(i)
                step(f"body {i}")
            finally:
                step(f"finally {i}")
        except KeyError as e:
            step(f"caught {e}")
            continue
    return "g done"
print(g(), log)
def exception_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    exception_in_finally()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def return_in_try_finally_modifies():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_in_try_finally_modifies())
def exc_info_inside():
    import sys
    try:
        raise KeyError("z")
    except KeyError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None, sys.exception() if hasattr(sys, "exception") else "n/a")
    print(sys.exc_info())
exc_info_inside()
