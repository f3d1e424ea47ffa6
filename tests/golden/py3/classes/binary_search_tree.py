class BST:
    class Node:
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None
        def __repr__(self):
            return f"Node({self.key!r})"
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key, val=None):
        if self.root is None:
            self.root = self.Node(key, val); self.size += 1; return
        n = self.root
        while True:
            if key == n.key:
                n.val = val; return
            side = 'left' if key < n.key else 'right'
            child = getattr(n, side)
            if child is None:
                setattr(n, side, self.Node(key, val)); self.size += 1; return
            n = child
    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n); n = n.left
            n = stack.pop()
            yield n.key
            n = n.right
    def __reversed__(self):
        def walk(n):
            if n:
                yield from walk(n.right)
                yield n.key
                yield from walk(n.left)
        return walk(self.root)
    def __len__(self):
        return self.size
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key: return True
            n = n.left if key < n.key else n.right
        return False
    def __getitem__(self, key):
        n = self.root
        while n:
            if key == n.key: return n.val
            n = n.left if key < n.key else n.right
        raise KeyError(key)
    def height(self, n=...):
        if n is ...: n = self.root
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))
    def __repr__(self):
        def r(n):
            if n is None: return '.'
            if not n.left and not n.right: return repr(n.key)
            return f"({r(n.left)} {n.key!r} {r(n.right)})"
        return f"BST{r(self.root)}"
    def range(self, lo, hi):
        def walk(n):
            if n is None: return
            if lo < n.key: yield from walk(n.left)
            if lo <= n.key <= hi: yield n.key
            if n.key < hi: yield from walk(n.right)
        return list(walk(self.root))

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k, str(k) * 2)
print(t)
print(list(t), list(reversed(t)), len(t), t.height())
print(40 in t, 41 in t, t[65], t.range(33, 62))
t.insert(40, 'forty')
print(t[40], len(t))
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w, len(w))
print(list(words), words.height(), words.root)
chain = BST()
for i in range(200):
    chain.insert(i)
print(chain.height(), sum(chain))
try:
    t[99]
except KeyError as e:
    print("KeyError:", e)
print(t['x'])
