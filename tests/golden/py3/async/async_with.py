class Yield:
    def __await__(self):
        yield
class Lock:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("acquire", self.name)
        await Yield()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await Yield()
        print("release", self.name, et.__name__ if et else None)
        return et is KeyError
async def main():
    async with Lock("a") as x:
        print("inside", x)
    async with Lock("b") as b, Lock("c") as c:
        print("inside", b, c)
    async with Lock("d"):
        raise KeyError("suppressed")
    print("after suppressed KeyError")
    try:
        async with Lock("e"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    try:
        async with Plain():
            pass
    except TypeError as e:
        print("TypeError:", e)
    return "ok"
class Plain:
    def __enter__(self): return self
    def __exit__(self, *a): pass
def run(coro):
    n = 0
    while True:
        try:
            coro.send(None)
            n += 1
        except StopIteration as e:
            return e.value, n
print(run(main()))
