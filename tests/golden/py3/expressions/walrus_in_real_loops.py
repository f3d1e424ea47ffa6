data = [3, 8, 1, 9, 4, 12, 7]
it = iter(data)
chunks = []
while (x := next(it, None)) is not None:
    if x > 5:
        chunks.append(x)
print(chunks)
lines = ["key=val", "# comment", "", "other = 5", "bad line", "x=1=2"]
parsed = {}
for line in lines:
    if not (s := line.strip()) or s.startswith('#'):
        continue
    if (eq := s.find('=')) < 0:
        print("skip:", repr(s))
        continue
    parsed[s[:eq].strip()] = s[eq + 1:].strip()
print(parsed)
print([y for x in range(10) if (y := x * x) % 3 == 1])
print([(x, r) for x in range(2, 30) if (r := x % 7) == 0 or x == 29], r)
total = 0
print([total := total + x for x in range(6)], total)
def first_long(words, n):
    if any(len(w := word) > n for word in words):
        return w
    return None
print(first_long(["hi", "hello", "hey", "greetings"], 4), first_long(["a"], 3))
buf = "abcdefghij"
pos = 0
pieces = []
while (piece := buf[pos:pos + 3]):
    pieces.append(piece)
    pos += 3
print(pieces)
if (n := len(pieces)) > 3:
    print(f"{n} pieces")
stack = [1, [2, [3, [4]]]]
depth = 0
cur = stack
while isinstance(last := cur[-1], list):
    depth += 1
    cur = last
print(depth, cur)
print((a := 5) + a, [a := a + 1 for _ in range(3)], a)
