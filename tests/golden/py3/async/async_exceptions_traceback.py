class Tick:
    def __await__(self):
        yield
async def fetch(key):
    await Tick()
    table = {"a": 1}
    return table[key]
async def process(keys):
    total = 0
    for k in keys:
        total += await fetch(k)
    return total
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
print(run(process(["a", "a"])))
async def safe(keys):
    try:
        return await process(keys)
    except KeyError as e:
        return f"missing {e}"
print(run(safe(["a", "b"])))
run(process(["a", "zzz"]))
