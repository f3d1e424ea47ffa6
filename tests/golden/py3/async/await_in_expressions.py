class Val:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield ("value", self.v)
        return self.v
async def v(x):
    return await Val(x)
async def main():
    a = await v(2) + await v(3) * await v(4)
    print("arith", a)
    lst = [await v(i) for i in range(3)]
    print("list", lst)
    d = {await v("k"): await v("val")}
    print("dict", d)
    print("fstring", f"{await v('x')}-{await v(1) + 1}")
    cond = await v("yes") if await v(True) else await v("no")
    print("cond", cond)
    f = lambda: "lambdas cannot await"
    print(f())
    async def inner(y=None):
        return await v(y or "inner default")
    print("nested", await inner(), await inner("given"))
    return [await v(x) for x in "ab"] + [await inner()]
def run(coro):
    trace = []
    value = None
    while True:
        try:
            kind, payload = coro.send(value)
            trace.append(payload)
            value = None
        except StopIteration as e:
            return e.value, len(trace)
print(run(main()))
