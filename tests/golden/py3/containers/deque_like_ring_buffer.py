class Ring:
    def __init__(self, capacity):
        self.buf = [None] * capacity
        self.start = 0
        self.size = 0
    def __len__(self):
        return self.size
    def append(self, x):
        cap = len(self.buf)
        if self.size == cap:
            self.buf[self.start] = x
            self.start = (self.start + 1) % cap
        else:
            self.buf[(self.start + self.size) % cap] = x
            self.size += 1
    def appendleft(self, x):
        cap = len(self.buf)
        self.start = (self.start - 1) % cap
        self.buf[self.start] = x
        if self.size < cap:
            self.size += 1
    def popleft(self):
        if not self.size:
            raise IndexError("pop from an empty ring")
        x = self.buf[self.start]
        self.buf[self.start] = None
        self.start = (self.start + 1) % len(self.buf)
        self.size -= 1
        return x
    def pop(self):
        if not self.size:
            raise IndexError("pop from an empty ring")
        self.size -= 1
        i = (self.start + self.size) % len(self.buf)
        x, self.buf[i] = self.buf[i], None
        return x
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("ring index out of range")
        return self.buf[(self.start + i) % len(self.buf)]
    def __iter__(self):
        return (self[i] for i in range(self.size))
    def __repr__(self):
        return f"Ring({list(self)}, cap={len(self.buf)})"

r = Ring(4)
for i in range(6):
    r.append(i)
    print(r)
print(r[0], r[-1], len(r), r.popleft(), r.pop(), r)
r.appendleft('a'); r.appendleft('b'); r.appendleft('c')
print(r, r.buf, r.start)
moving = Ring(3)
avgs = []
for v in [10, 20, 30, 40, 50, 60]:
    moving.append(v)
    avgs.append(sum(moving) / len(moving))
print(avgs)
e = Ring(2)
for op in (e.pop, e.popleft, lambda: e[0]):
    try:
        op()
    except IndexError as ex:
        print("IndexError:", ex)
lst = [1, 2, 3]
lst.insert(0, 0); lst.insert(-1, 'x'); lst.insert(100, 'end')
print(lst, lst.pop(0), lst.pop(), lst.pop(-2), lst)
