class Cancelled(Exception):
    pass
class Yield:
    def __await__(self):
        return (yield "yield")
class Task:
    def __init__(self, name, coro):
        self.name, self.coro = name, coro
        self.done = False
        self.result = None
        self.error = None
class Scheduler:
    def __init__(self):
        self.tasks = []
    def create(self, name, coro):
        t = Task(name, coro)
        self.tasks.append(t)
        return t
    def cancel(self, task):
        try:
            task.coro.throw(Cancelled(task.name))
        except Cancelled:
            task.done = True
            task.error = "cancelled"
        except StopIteration as e:
            task.done, task.result = True, e.value
    def run(self, rounds=100):
        for r in range(rounds):
            live = [t for t in self.tasks if not t.done]
            if not live:
                return r
            for t in live:
                try:
                    t.coro.send(None)
                except StopIteration as e:
                    t.done, t.result = True, e.value
                except Exception as e:
                    t.done, t.error = True, f"{type(e).__name__}: {e}"
        return rounds
s = Scheduler()
async def compute(n):
    acc = 0
    for i in range(n):
        acc += i
        await Yield()
    return acc
async def failing():
    await Yield()
    raise ValueError("task failed")
async def stubborn():
    try:
        while True:
            await Yield()
    except Cancelled:
        print("stubborn cleaning up")
        return "cleaned"
async def forever():
    while True:
        await Yield()
tasks = [s.create("c3", compute(3)), s.create("c6", compute(6)), s.create("fail", failing()),
         s.create("stub", stubborn()), s.create("forever", forever())]
print("rounds", s.run(rounds=4))
s.cancel(tasks[3])
s.cancel(tasks[4])
print("rounds", s.run())
for t in tasks:
    print(t.name, t.done, t.result, t.error)
