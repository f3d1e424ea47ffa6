class Tick:
    def __await__(self):
        yield
async def readings():
    for raw in ["10", "20", "x", "40"]:
        await Tick()
        yield int(raw)
async def average():
    values = [v async for v in readings()]
    return sum(values) / len(values)
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
print("starting")
print(run(average()))
