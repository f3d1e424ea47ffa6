def powerset(items):
    result = [frozenset()]
    for x in items:
        result += [s | {x} for s in result]
    return result
ps = powerset([1, 2, 3, 4])
print(len(ps), sorted(sorted(s) for s in ps if len(s) == 2))
graph = {1: {2, 3}, 2: {4}, 3: {4}, 4: set(), 5: {1}}
def reachable(start):
    seen, todo = set(), [start]
    while todo:
        n = todo.pop()
        if n not in seen:
            seen.add(n)
            todo.extend(graph[n] - seen)
    return seen
print(sorted(reachable(1)), sorted(reachable(5)), sorted(reachable(4)))
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
c = set(range(0, 30, 5))
print(sorted(a & b & c), sorted((a | b) - c), len(a ^ b ^ c), sorted(a.intersection(b, c)))
words = "the cat sat on the mat with the hat".split()
print(len(words), len(set(words)), sorted(set(words)), sorted({w for w in words if w.endswith("at")}))
seen = set()
dupes = []
for w in words:
    if w in seen:
        dupes.append(w)
    seen.add(w)
print(dupes)
groups = {frozenset("listen"), frozenset("silent"), frozenset("enlist"), frozenset("google")}
print(len(groups))
primes = set(range(2, 100))
for p in range(2, 10):
    primes -= set(range(p * p, 100, p))
print(sorted(primes)[:10], len(primes))
fs = frozenset([3, 1, 2])
print(sorted(fs | frozenset([9])), fs.union([0]) == {0, 1, 2, 3}, frozenset(fs) is fs or True)
print(sorted({(x, y) for x in range(3) for y in range(3) if x != y}))
print(sorted(set("hello") ^ set("world")), sorted(set("hello").union("world")))
print(set([1, 2]) == frozenset([1, 2]), {frozenset(): 1}[frozenset(set())])
print(sorted({1, 2} - [1]))
