class Queue:
    def __init__(self, maxsize):
        self.items = []
        self.maxsize = maxsize
    async def put(self, item):
        while len(self.items) >= self.maxsize:
            await Wait(f"put {item} blocked")
        self.items.append(item)
    async def get(self):
        while not self.items:
            await Wait("get blocked")
        return self.items.pop(0)
class Wait:
    def __init__(self, why): self.why = why
    def __await__(self):
        yield self.why
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("produced", i)
    await q.put(None)
    return "producer done"
async def consumer(q, name):
    got = []
    while True:
        item = await q.get()
        if item is None:
            break
        print(name, "consumed", item)
        got.append(item)
    return got
def round_robin(coros):
    results = [None] * len(coros)
    live = list(enumerate(coros))
    while live:
        for entry in list(live):
            idx, c = entry
            try:
                why = c.send(None)
                print("  waiting:", why)
            except StopIteration as e:
                results[idx] = e.value
                live.remove(entry)
    return results
q = Queue(2)
print(round_robin([producer(q, 5), consumer(q, "C")]))
