import sys
class Suspend:
    def __await__(self):
        value = yield 'suspended'
        return value

async def adder():
    total = 0
    while True:
        v = await Suspend()
        if v is None:
            return total
        total += v

c = adder()
print(type(c).__name__, c.cr_running, c.cr_frame is not None, c.cr_await is None)
print(c.send(None))
for v in (5, 10, 20):
    print(c.send(v))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame is None)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def thrower():
    try:
        await Suspend()
    except ValueError as e:
        return f"caught {e}"
t = thrower()
t.send(None)
try:
    t.throw(ValueError("injected"))
except StopIteration as e:
    print(e.value)

async def simple():
    return 1
s = simple()
s.close()
try:
    s.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def awaits_int():
    await 5
try:
    awaits_int().send(None)
except TypeError as e:
    print("TypeError:", e)
class BadAwait:
    def __await__(self):
        return 3
async def awaits_bad():
    await BadAwait()
try:
    awaits_bad().send(None)
except TypeError as e:
    print("TypeError:", e)
print(simple.__name__, simple.__qualname__)
def wrapped():
    co = simple()
    try:
        co.send(None)
    except StopIteration as e:
        return e.value
print(wrapped())
async def uncaught():
    await Suspend()
    raise LookupError("from coroutine")
u = uncaught()
u.send(None)
u.send(1)
