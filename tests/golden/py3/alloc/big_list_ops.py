a = list(range(1_000_000))
b = [x * 3 % 1000 for x in a]
print(len(b), sum(b))
b.sort()
print(b[0], b[-1], b[500_000])
c = a[::-1]
print(c[0], c[-1])
c.extend(a)
print(len(c))
del c[::2]
print(len(c), c[:3], c[-3:])
chunks = [a[i:i + 1000] for i in range(0, len(a), 1000)]
print(len(chunks), sum(len(ch) for ch in chunks), sum(ch[-1] for ch in chunks))
flat = [x for ch in chunks for x in ch]
print(flat == a)
del a, b, c, chunks, flat
stack = []
for i in range(500_000):
    stack.append(i)
    if i % 3 == 0:
        stack.pop()
print(len(stack), stack[-1])
