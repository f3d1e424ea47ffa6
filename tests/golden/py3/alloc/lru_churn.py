class Node:
    __slots__ = ('k', 'v', 'prev', 'next')
    def __init__(self, k, v):
        self.k, self.v = k, v
        self.prev = self.next = None

class LRU:
    def __init__(self, cap):
        self.cap, self.map = cap, {}
        self.head = Node(None, None); self.tail = Node(None, None)
        self.head.next, self.tail.prev = self.tail, self.head
        self.evictions = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n; self.head.next = n
    def get(self, k):
        n = self.map.get(k)
        if n is None:
            return None
        self._unlink(n); self._front(n)
        return n.v
    def put(self, k, v):
        n = self.map.get(k)
        if n:
            n.v = v; self._unlink(n); self._front(n); return
        if len(self.map) >= self.cap:
            old = self.tail.prev
            self._unlink(old); del self.map[old.k]
            self.evictions += 1
        n = Node(k, v)
        self.map[k] = n; self._front(n)

cache = LRU(1000)
hits = misses = 0
x = 12345
for i in range(200000):
    x = (x * 1103515245 + 12345) % (2 ** 31)
    k = x % 3000
    v = cache.get(k)
    if v is None:
        misses += 1
        cache.put(k, [k] * 3)
    else:
        hits += 1
        assert v == [k] * 3
print(hits, misses, cache.evictions, len(cache.map))
n, count = cache.head.next, 0
while n is not cache.tail:
    count += 1; n = n.next
print(count)
