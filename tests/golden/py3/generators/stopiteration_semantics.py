def gen_returns():
    yield 1
    return "the value"
g = gen_returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def leaks_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def next_in_gen(it):
    while True:
        yield next(it)
try:
    print(list(next_in_gen(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom")
        return self.n
print(list(It()), [x for x in It()], tuple(It()))
it = iter([])
print(next(it, None))
try:
    next(it)
except StopIteration as e:
    print("plain StopIteration", repr(e), e.value)
def return_none():
    yield 1
    return
r = return_none()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value is", e.value)
print(StopIteration(1, 2).value, StopIteration().value)
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def self_next():
    yield next(g3)
g3 = self_next()
try:
    next(g3)
except ValueError as e:
    print("ValueError:", e)
