def build(depth):
    node = None
    for i in range(depth):
        node = (i, node)
    return node
chain = build(200000)
length = 0
cur = chain
while cur is not None:
    length += 1
    cur = cur[1]
print(length)
nested = []
for i in range(50000):
    nested = [nested, i]
count = 0
cur = nested
while cur:
    count += cur[1]
    cur = cur[0]
print(count)
def recursive_len(t):
    return 0 if t is None else 1 + recursive_len(t[1])
small = build(500)
print(recursive_len(small))
try:
    recursive_len(chain)
except RecursionError as e:
    print("RecursionError:", e)
del chain, nested
print("freed")
big = build(100000)
print(big == build(100000) if False else big[0])
