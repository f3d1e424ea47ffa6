import sys
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Yield:
    def __await__(self):
        yield

class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Yield()
        Resource.opened.append(self.name)
        print("open", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await Yield()
        Resource.opened.remove(self.name)
        print("close", self.name, et.__name__ if et else None)
        return et is KeyError

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        await Yield()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def agen(n):
    for i in range(n):
        await Yield()
        yield i * i

async def main():
    async with Resource("db") as db, Resource("cache"):
        print("inside", Resource.opened)
        vals = [x async for x in Ticker(4)]
        sq = [x async for x in agen(5) if x % 2 == 0]
    print(vals, sq, Resource.opened)
    async with Resource("k"):
        raise KeyError("suppressed")
    total = 0
    async for t in Ticker(3):
        total += t
    else:
        print("async for else", total)
    g = agen(3)
    print(await g.__anext__(), await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed agen")
    try:
        async with Resource("v"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    return "main done"

print(run(main()))
async def bad():
    async for x in [1, 2]:
        pass
run(bad())
