class LinkedList:
    class _Node:
        __slots__ = ('value', 'next')
        def __init__(self, value, next=None):
            self.value, self.next = value, next
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        tail = None
        for x in iterable:
            node = self._Node(x)
            if tail is None:
                self.head = node
            else:
                tail.next = node
            tail = node
            self._len += 1
    def push(self, x):
        self.head = self._Node(x, self.head)
        self._len += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self._len
    def __repr__(self):
        return f"LinkedList({list(self)!r})"
    def __str__(self):
        return ' -> '.join(map(str, self)) + ' -> None'
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("LinkedList index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v
    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return list(self) == list(other)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
    def remove(self, x):
        prev, cur = None, self.head
        while cur:
            if cur.value == x:
                if prev: prev.next = cur.next
                else: self.head = cur.next
                self._len -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{x!r} not in list")

ll = LinkedList(range(1, 6))
print(repr(ll), str(ll), len(ll))
ll.push(0)
print(ll, ll[0], ll[-1], ll[2], ll[1:4])
print(ll.reverse())
ll.remove(3); ll.remove(5); ll.remove(0)
print(ll, len(ll))
print(ll == LinkedList([4, 2, 1]), ll == [4, 2, 1], ll != LinkedList())
print(3 in ll, 4 in ll, sum(ll), sorted(ll), max(ll))
print(str(LinkedList()), repr(LinkedList("ab")))
it = iter(ll)
print(next(it), next(it), list(it))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
a, b, *rest = LinkedList("xyzw")
print(a, b, rest)
print(dict(zip(LinkedList("abc"), LinkedList(range(3)))))
