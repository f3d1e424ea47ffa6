class MinHeap:
    def __init__(self, items=()):
        self.a = list(items)
        for i in reversed(range(len(self.a) // 2)):
            self._down(i)
    def __len__(self):
        return len(self.a)
    def __bool__(self):
        return bool(self.a)
    def push(self, x):
        self.a.append(x)
        self._up(len(self.a) - 1)
    def pop(self):
        if not self.a:
            raise IndexError("pop from empty heap")
        a = self.a
        a[0], a[-1] = a[-1], a[0]
        x = a.pop()
        if a:
            self._down(0)
        return x
    def peek(self):
        return self.a[0]
    def _up(self, i):
        a = self.a
        while i:
            p = (i - 1) // 2
            if a[i] < a[p]:
                a[i], a[p] = a[p], a[i]
                i = p
            else:
                break
    def _down(self, i):
        a, n = self.a, len(self.a)
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < n and a[l] < a[m]: m = l
            if r < n and a[r] < a[m]: m = r
            if m == i:
                return
            a[i], a[m] = a[m], a[i]
            i = m

data = [(x * 37) % 101 for x in range(40)]
h = MinHeap(data)
out = [h.pop() for _ in range(len(h))]
print(out == sorted(data), out[:10])

class Task:
    counter = 0
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
        Task.counter += 1
        self.seq = Task.counter
    def __lt__(self, other):
        return (self.prio, self.seq) < (other.prio, other.seq)
    def __repr__(self):
        return f"Task({self.prio}, {self.name!r})"

pq = MinHeap()
for p, n in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (5, 'ship'), (2, 'test')]:
    pq.push(Task(p, n))
print(pq.peek(), len(pq))
while pq:
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)

def dijkstra(graph, src):
    dist = {src: 0}
    h = MinHeap([(0, src)])
    while h:
        d, u = h.pop()
        if d > dist[u]:
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                h.push((nd, v))
    return dist

g = {'a': [('b', 7), ('c', 9), ('f', 14)], 'b': [('a', 7), ('c', 10), ('d', 15)],
     'c': [('a', 9), ('b', 10), ('d', 11), ('f', 2)], 'd': [('b', 15), ('c', 11), ('e', 6)],
     'e': [('d', 6), ('f', 9)], 'f': [('a', 14), ('c', 2), ('e', 9)]}
print(sorted(dijkstra(g, 'a').items()))
