class Fut:
    def __await__(self):
        v = yield "suspend"
        return v * 2
async def inner(x):
    r = await Fut()
    return r + x
async def outer():
    a = await inner(1)
    b = await inner(2)
    return a, b
c = outer()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = outer()
try:
    c2.send(5)
except TypeError as e:
    print("TypeError:", e)
c2.close()
async def raiser():
    raise ValueError("in coro")
c3 = raiser()
try:
    c3.send(None)
except ValueError as e:
    print("ValueError:", e)
class BadAwait:
    def __await__(self): return 5
async def use_bad():
    await BadAwait()
try:
    use_bad().send(None)
except TypeError as e:
    print("TypeError:", e)
async def await_int():
    await 5
try:
    await_int().send(None)
except TypeError as e:
    print("TypeError:", e)
async def agen():
    for i in range(3):
        x = yield i
        if x: print("agen got", x)
    
async def drive():
    out = []
    async for v in agen():
        out.append(v)
    g = agen()
    out.append(await g.__anext__())
    out.append(await g.asend("hi"))
    await g.aclose()
    return out
d = drive()
try:
    d.send(None)
except StopIteration as e:
    print("drive", e.value)
async def ctx():
    class CM:
        async def __aenter__(self): print("enter"); return "cm"
        async def __aexit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
    async with CM() as v:
        print("inside", v)
        raise KeyError("suppressed")
    return "after"
try:
    ctx().send(None)
except StopIteration as e:
    print(e.value)
async def comp():
    async def aiter_gen():
        yield 1
        yield 2
    return [x async for x in aiter_gen()], [await inner(0) for _ in range(0)]
try:
    comp().send(None)
except StopIteration as e:
    print(e.value)
def not_async():
    pass
try:
    async def bad_for():
        async for x in [1, 2]:
            pass
    bad_for().send(None)
except TypeError as e:
    print("TypeError:", e)
async def never(): pass
n = never()
print(repr(n)[:25])
n.close()
