inventory = {
    "fruits": ["apple", "banana"],
    "counts": {"apple": 3, "banana": 5},
    "tags": ("fresh", "organic"),
    "ids": {101, 102},
    "meta": None,
}
inventory["fruits"].append("cherry")
inventory["counts"]["cherry"] = 7
print(inventory["fruits"], inventory["counts"], inventory["tags"], sorted(inventory["ids"]))
print(sum(inventory["counts"].values()), max(inventory["counts"], key=inventory["counts"].get))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [list(col) for col in zip(*matrix)], [row[::-1] for row in matrix[::-1]])
print(sum(map(sum, matrix)), [matrix[i][i] for i in range(3)], [x for row in matrix for x in row if x % 2])
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
print(bfs("a"))
groups = {}
for word in ["ant", "bee", "bat", "cow", "ape", "cat", "bug"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
inverted = {v: k for k, vs in groups.items() for v in vs}
print(inverted)
stack = []
for ch in "(a[b{c}d]e)":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        stack.pop()
print(stack == [], len(stack))
pairs = sorted([(len(w), w) for w in inventory["fruits"]], reverse=True)
print(pairs, dict(pairs))
deep = [1, [2, [3, [4, [5]]]]]
def flatten(x):
    return [y for item in x for y in (flatten(item) if isinstance(item, list) else [item])]
print(flatten(deep), str(deep), repr(deep) == str(deep))
records = [{"name": "x", "score": 3}, {"name": "y", "score": 9}, {"name": "z", "score": 3}]
print(sorted(records, key=lambda r: (-r["score"], r["name"])))
print(inventory["meta"]["key"])
