def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            continue
        total += value
acc = accumulator()
print(acc.send(None), acc.send(5), acc.send(10), next(acc), acc.send(1))
def fresh(): yield 1
try:
    fresh().send(5)
except TypeError as e:
    print("TypeError:", e)
def guarded():
    while True:
        try:
            x = yield "ready"
            print("got", x)
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
g = guarded()
print(next(g))
print(g.send("a"))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "exhausted after throw"))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
w = with_finally()
print(next(w))
w.close()
w.close()
print(next(w, "closed"))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
bad = ignores_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(bad, "finished"))
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = catches_exit()
next(c)
c.close()
unstarted = with_finally()
unstarted.close()
print("unstarted close prints nothing")
def throw_type():
    yield 1
t = throw_type()
try:
    t.throw(TypeError, "legacy signature")
except TypeError as e:
    print("TypeError:", e)
