class _Node:
    __slots__ = ('key', 'value', 'prev', 'next')
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node(); self.tail = _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def __getitem__(self, key):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._unlink(n); self._push_front(n)
        return n.value
    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default
    def __setitem__(self, key, value):
        if key in self.map:
            n = self.map[key]
            n.value = value
            self._unlink(n); self._push_front(n)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            print(f"  evict {lru.key!r}")
        n = _Node(key, value)
        self.map[key] = n
        self._push_front(n)
    def __contains__(self, key):
        return key in self.map
    def __len__(self):
        return len(self.map)
    def __iter__(self):
        n = self.head.next
        while n is not self.tail:
            yield n.key
            n = n.next
    def __repr__(self):
        return "LRUCache([" + ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self) + "])"

c = LRUCache(3)
for k, v in [('a', 1), ('b', 2), ('c', 3)]:
    c[k] = v
print(c)
print(c['a'], c)
c['d'] = 4
print(c, 'b' in c, len(c))
c['c'] = 33
c['e'] = 5
print(c, c.get('a'), c.get('zz', 'none'))
print(list(c), c.hits, c.misses)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)

def cached(cap):
    def deco(f):
        cache = LRUCache(cap)
        def w(n):
            if n in cache:
                return cache[n]
            r = f(n)
            cache[n] = r
            return r
        w.cache = cache
        return w
    return deco

@cached(2)
def square(n):
    print("  compute", n)
    return n * n
print([square(x) for x in [1, 2, 1, 3, 2, 1]])
print(square.cache.hits, square.cache.misses)
c['missing']
