def risky(n):
    for i in range(n):
        if i == 3:
            raise ValueError(f"bad item {i}")
        yield i

g = risky(5)
got = []
try:
    for x in g:
        got.append(x)
except ValueError as e:
    print("caught", e, got)
print(next(g, 'exhausted'))

def guarded(it):
    try:
        yield from it
    except ValueError as e:
        yield f"recovered: {e}"
print(list(guarded(risky(6))))

def catcher():
    while True:
        try:
            x = yield
            print("  got", x)
        except KeyError as e:
            print("  handled KeyError", e)
        except GeneratorExit:
            print("  closing")
            raise
c = catcher()
next(c)
c.send(1)
c.throw(KeyError('k'))
c.send(2)
c.close()
try:
    c.send(3)
except StopIteration:
    print("closed generator raises StopIteration")

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(b, 'finished'))

def stop_inside():
    yield 1
    raise StopIteration("explicit")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def running():
    yield gen_self.send(None)
gen_self = running()
try:
    next(gen_self)
except ValueError as e:
    print("ValueError:", e)
def ret():
    yield 1
    return "result"
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value)
def chain():
    x = yield from ret()
    yield x
print(list(chain()))
def fails_late():
    yield 'a'
    yield 1 / 0
print([v for v in fails_late()])
