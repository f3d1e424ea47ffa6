class Step:
    def __await__(self):
        yield
async def countdown(n):
    try:
        while n > 0:
            await Step()
            received = yield n
            if received:
                print("agen received", received)
            n -= 1
    finally:
        print("agen finally")
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
async def main():
    ag = countdown(3)
    print(type(ag).__name__, ag.__name__)
    print(await ag.__anext__())
    print(await ag.asend("hello"))
    print(await ag.__anext__())
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    ag2 = countdown(5)
    print(await ag2.__anext__())
    await ag2.aclose()
    print("closed ag2")
    ag3 = countdown(2)
    await ag3.__anext__()
    try:
        await ag3.athrow(ValueError("thrown"))
    except ValueError as e:
        print("athrow propagated:", e)
    async def produce():
        yield 1
        yield 2
    total = 0
    async for v in produce():
        total += v
    return total
print(run(main()))
