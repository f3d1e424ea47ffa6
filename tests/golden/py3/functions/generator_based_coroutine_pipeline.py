def coroutine(f):
    def start(*a, **k):
        g = f(*a, **k)
        next(g)
        return g
    return start

@coroutine
def printer(prefix):
    try:
        while True:
            item = yield
            print(prefix, item)
    except GeneratorExit:
        print(prefix, "closed")

@coroutine
def filt(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)

@coroutine
def mapper(fn, target):
    while True:
        target.send(fn((yield)))

@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

@coroutine
def collector(out):
    while True:
        out.append((yield))

evens = []
p = printer("big:")
sink = broadcast(filt(lambda x: x % 2 == 0, collector(evens)),
                 mapper(lambda x: x * 100, filt(lambda x: x > 500, p)))
for i in range(10):
    sink.send(i)
print(evens)
p.close()
try:
    p.send(1)
except StopIteration:
    print("send to closed coroutine: StopIteration")
@coroutine
def averager():
    total, n, avg = 0, 0, None
    while True:
        try:
            x = yield avg
        except ValueError:
            total, n, avg = 0, 0, None
            continue
        total += x; n += 1
        avg = total / n
a = averager()
print(a.send(10), a.send(20), a.send(60))
print(a.throw(ValueError), a.send(5))
@coroutine
def grep(pattern):
    matches = 0
    try:
        while True:
            line = yield
            if pattern in line:
                matches += 1
    finally:
        print(f"grep {pattern!r} matched {matches}")
g = grep("py")
for line in ["python", "ruby", "pypy", "java", "happy"]:
    g.send(line)
g.close()
bad = mapper(lambda x: 1 / x, collector([]))
bad.send(2)
bad.send(0)
