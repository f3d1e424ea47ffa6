def f1():
    try:
        raise ValueError("body")
    finally:
        print("finally runs")
try:
    f1()
except ValueError as e:
    print("caught", e)

def f2():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    f2()
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

def f3():
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("swallowed")
        finally:
            if i == 1:
                continue
        print("loop", i)
    return "done"
print(f3())

def f4():
    try:
        return "try"
    finally:
        print("finally before return")
print(f4())

class CM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name, self.suppress, self.fail_exit = name, suppress, fail_exit
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        if self.fail_exit:
            raise OSError(f"exit of {self.name} failed")
        return self.suppress

with CM("a", suppress=True):
    raise ValueError("suppressed")
print("after a")
try:
    with CM("outer"), CM("inner", fail_exit=True):
        raise TypeError("in body")
except OSError as e:
    print("got", e, "| context:", repr(e.__context__))
try:
    with CM("x") as x, CM("y", suppress=True):
        1 / 0
    print("y suppressed it")
    with CM("z"):
        pass
except Exception as e:
    print("unexpected", e)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
        raise ValueError("from gen finally")
g = gen()
print(next(g))
try:
    g.close()
except ValueError as e:
    print("close raised", e)
with CM("last"):
    try:
        raise KeyError("k")
    finally:
        print("inner finally")
