stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[tok])
print(stack)
queue = list(range(5))
order = []
while queue:
    x = queue.pop(0)
    order.append(x)
    if x < 3:
        queue.append(x + 10)
print(order)
def josephus(n, k):
    people = list(range(1, n + 1))
    idx, out = 0, []
    while people:
        idx = (idx + k - 1) % len(people)
        out.append(people.pop(idx))
    return out
print(josephus(7, 3), josephus(10, 2)[-1])
buf = [None] * 4
head = 0
for i in range(10):
    buf[head] = i
    head = (head + 1) % len(buf)
print(buf, head)
nums = [5, 2, 8, 1, 9]
nums[1:4] = sorted(nums[1:4])
print(nums, nums.index(max(nums)), nums[::-1].index(min(nums)))
rot = [1, 2, 3, 4, 5]
k = 2
print(rot[-k:] + rot[:-k], rot[k:] + rot[:k])
heap_like = []
for v in [5, 1, 4, 2, 3]:
    heap_like.append(v)
    heap_like.sort(reverse=True)
print([heap_like.pop() for _ in range(len(heap_like))])
stack.pop()
stack.pop()
