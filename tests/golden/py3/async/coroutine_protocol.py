class Ready:
    def __init__(self, value): self.value = value
    def __await__(self):
        return iter([])
async def get(v):
    return v
async def main():
    print(await get(1), await Ready("ignored") )
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    class BadAwait:
        def __await__(self): return 42
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    return "main"
c = main()
print(type(c).__name__, c.cr_running, c.cr_frame is not None, c.cr_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("finished with", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = get(3)
try:
    next(c2)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(c2)
except TypeError as e:
    print("TypeError:", e)
c2.close()
c3 = get(4)
try:
    c3.throw(ValueError("thrown into coroutine"))
except ValueError as e:
    print("ValueError:", e)
async def catcher():
    try:
        await Pause()
    except KeyError as e:
        return "caught " + repr(e)
class Pause:
    def __await__(self):
        yield "paused"
c4 = catcher()
print(c4.send(None))
try:
    c4.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
print(hasattr(c4, "__await__"), hasattr(c4, "send"), hasattr(c4, "__next__"))
