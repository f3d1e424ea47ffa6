class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt
head = None
for i in range(300_000):
    head = Node(i, head)
total = 0
count = 0
node = head
while node is not None:
    total += node.value
    count += 1
    node = node.next
print(count, total)
prev = None
node = head
while node is not None:
    nxt = node.next
    node.next = prev
    prev = node
    node = nxt
head = prev
print(head.value, head.next.value)
head = None
print("released")
