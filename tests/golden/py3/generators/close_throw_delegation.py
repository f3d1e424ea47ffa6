def sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub finally")
    return "subret"
def outer():
    r = yield from sub()
    print("r", r)
    yield 3
g = outer()
print(next(g), g.gi_yieldfrom is not None, g.gi_suspended)
g.close()
print(g.gi_frame, g.gi_suspended)
g = outer(); next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e, g.gi_frame)
class It:
    def __iter__(self): return self
    def __next__(self): return 7
def d():
    yield from It()
g = d(); print(next(g))
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("VE", e)
def ign():
    try:
        yield 1
    except GeneratorExit:
        pass
    try:
        yield 2
    finally:
        print("ign finally")
g = ign(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RE", e, g.gi_suspended)
g.close()
print(g.gi_frame)
def h():
    try:
        raise KeyError("a")
    except KeyError:
        yield 1
        raise ValueError("b")
g = h(); next(g)
try:
    next(g)
except ValueError as e:
    print(repr(e), repr(e.__context__))
async def ag():
    try:
        yield 1
        yield 2
    finally:
        print("ag finally")
async def ig():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e:
        return e.value
async def main():
    a = ag()
    print(await a.__anext__(), a.ag_running)
    await a.aclose()
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print("SAI")
    b = ig()
    await b.__anext__()
    try:
        await b.aclose()
    except RuntimeError as e:
        print("RE", e)
    c = ag()
    print(await c.asend(None))
    try:
        await c.athrow(KeyError, "x")
    except KeyError as e:
        print("KE", e)
    n = c.__anext__()
    try:
        await n
    except StopAsyncIteration:
        print("SAI2")
    try:
        await n
    except RuntimeError as e:
        print("RE", e)
    print(type(a.__anext__()).__name__, type(a.aclose()).__name__)
    return "ok"
print(run(main()))
async def co(): return 5
c = co()
w = c.__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("SI", e.value)
print(repr(g.gi_code)[:20], g.gi_frame)
