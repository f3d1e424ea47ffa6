class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.seq = 0
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro, None))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort()
                wake, _, name, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, coro, None))
                continue
            name, coro, value = self.ready.pop(0)
            try:
                cmd, arg = coro.send(value)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"t={self.now} {name} finished -> {e.value!r}")
                continue
            if cmd == "sleep":
                self.seq += 1
                self.sleeping.append((self.now + arg, self.seq, name, coro))
loop = Loop()
async def worker(name, delay, count):
    for i in range(count):
        print(f"t={loop.now} {name} step {i}")
        await Sleep(delay)
    return f"{name} did {count}"
loop.spawn("fast", worker("fast", 1, 4))
loop.spawn("slow", worker("slow", 3, 2))
loop.spawn("mid", worker("mid", 2, 3))
loop.run()
print(sorted(loop.results.items()), loop.now)
