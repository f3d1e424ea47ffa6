EDGES = "a-b a-c b-d c-d d-e e-f g-h c-f".split()
graph = {}
for e in EDGES:
    u, v = e.split('-')
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
for k in graph:
    graph[k].sort()

def bfs(start):
    seen, order, queue = {start}, [], [start]
    dist = {start: 0}
    while queue:
        u = queue.pop(0)
        order.append(u)
        for v in graph[u]:
            if v not in seen:
                seen.add(v); dist[v] = dist[u] + 1; queue.append(v)
    return order, dist

def dfs(u, seen=None):
    if seen is None:
        seen = []
    seen.append(u)
    for v in graph[u]:
        if v not in seen:
            dfs(v, seen)
    return seen

def path(a, b):
    prev = {a: None}
    queue = [a]
    while queue:
        u = queue.pop(0)
        if u == b:
            out = []
            while u is not None:
                out.append(u); u = prev[u]
            return out[::-1]
        for v in graph[u]:
            if v not in prev:
                prev[v] = u; queue.append(v)
    return None

print(bfs('a'))
print(dfs('a'), dfs('g'))
print(path('a', 'f'), path('b', 'e'), path('a', 'h'))
comps = []
seen = set()
for n in sorted(graph):
    if n not in seen:
        c = dfs(n)
        seen.update(c)
        comps.append(sorted(c))
print(comps)
deps = {'app': ['lib', 'utils'], 'lib': ['core'], 'utils': ['core', 'log'], 'core': [], 'log': []}
def topo(deps):
    state, out = {}, []
    def visit(n):
        if state.get(n) == 'done': return
        if state.get(n) == 'active': raise ValueError(f"cycle at {n}")
        state[n] = 'active'
        for d in deps[n]: visit(d)
        state[n] = 'done'; out.append(n)
    for n in sorted(deps): visit(n)
    return out
print(topo(deps))
deps['core'].append('app')
try:
    topo(deps)
except ValueError as e:
    print("ValueError:", e)
print({k: len(v) for k, v in sorted(graph.items())})
