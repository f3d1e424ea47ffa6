def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("bad")
        if action == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run("ok"))
print(run("raise"))
print(run("return"))
def multiple(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup subclass " + type(e).__name__
    except ArithmeticError:
        return "arithmetic"
    except Exception as e:
        return "generic " + type(e).__name__
for exc in (KeyError, IndexError("i"), ZeroDivisionError, OverflowError, TypeError("t")):
    print(multiple(exc))
def cleared():
    try:
        raise RuntimeError("x")
    except RuntimeError as err:
        pass
    try:
        return err
    except NameError as e:
        return "NameError: " + str(e)
print(cleared())
def finally_override():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(finally_override())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
nested()
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise
except ZeroDivisionError as e:
    print("re-raised:", e)
try:
    pass
except:
    print("never")
else:
    print("bare-except else")
