class Tick:
    def __await__(self):
        yield "tick"
class AsyncCounter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10
async def main():
    out = []
    async for v in AsyncCounter(3):
        out.append(v)
    print("class iterator:", out)
    async for v in agen(4):
        if v == 20:
            continue
        print("agen value", v)
    else:
        print("async for else")
    print("comprehension:", [x async for x in agen(3)])
    print("filtered:", [x async for x in AsyncCounter(6) if x % 2])
    print("set/dict:", sorted({x async for x in agen(2)}), {x: x async for x in agen(2)})
    g = (x + 1 async for x in agen(3))
    print(type(g).__name__, [y async for y in g])
    return "main done"
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            print("ticks:", ticks)
            return e.value
print(run(main()))
