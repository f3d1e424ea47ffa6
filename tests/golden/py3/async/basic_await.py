class Suspend:
    def __await__(self):
        print("  suspending")
        value = yield "tick"
        print("  resumed with", value)
        return value
async def child(x):
    got = await Suspend()
    return x * 2 + got
async def parent():
    a = await child(1)
    b = await child(10)
    return a + b
def run(coro):
    step = 0
    try:
        signal = coro.send(None)
        while True:
            print("loop got", signal)
            step += 1
            signal = coro.send(step * 100)
    except StopIteration as e:
        return e.value
print("result", run(parent()))
c = child(5)
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()
async def nothing():
    return "immediate"
print(run(nothing()))
