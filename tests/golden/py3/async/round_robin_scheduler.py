class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ('sleep', self.ticks)

class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.results = {}
        self.log = []
    def spawn(self, name, coro):
        self.ready.append((name, coro, None))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda t: (t[0], t[1]))
                wake, _, name, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, coro, None))
                continue
            name, coro, value = self.ready.pop(0)
            try:
                cmd = coro.send(value)
            except StopIteration as e:
                self.results[name] = e.value
                self.log.append(f"t={self.now} {name} done -> {e.value!r}")
                continue
            except Exception as e:
                self.results[name] = f"{type(e).__name__}: {e}"
                self.log.append(f"t={self.now} {name} failed")
                continue
            kind, arg = cmd
            if kind == 'sleep':
                self.sleeping.append((self.now + arg, len(self.log) + len(self.sleeping), name, coro))
                self.log.append(f"t={self.now} {name} sleeps {arg}")

async def worker(name, delays):
    total = 0
    for d in delays:
        await Sleep(d)
        total += d
    return f"{name}:{total}"

async def failing():
    await Sleep(2)
    raise ValueError("worker exploded")

async def nested():
    a = await helper(3)
    b = await helper(1)
    return a + b

async def helper(n):
    await Sleep(n)
    return n * 10

loop = Loop()
loop.spawn('a', worker('a', [1, 3, 1]))
loop.spawn('b', worker('b', [2, 2]))
loop.spawn('c', failing())
loop.spawn('d', nested())
loop.run()
print('\n'.join(loop.log))
print(sorted(loop.results.items()), loop.now)
