def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest
print(["".join(p) for p in permutations("abc")])
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3])))
def state_machine():
    state = "idle"
    while True:
        event = yield state
        if state == "idle" and event == "start":
            state = "running"
        elif state == "running" and event == "pause":
            state = "paused"
        elif state == "paused" and event == "start":
            state = "running"
        elif event == "stop":
            state = "stopped"
            yield state
            return "machine finished"
m = state_machine()
print(next(m))
for ev in ["start", "pause", "bogus", "start", "stop"]:
    print(ev, "->", m.send(ev))
try:
    next(m)
except StopIteration as e:
    print("StopIteration:", e.value)
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
gens = [collatz(n) for n in (6, 7)]
print([next(g) for g in gens], [next(g) for g in gens])
for g in gens:
    g.close()
