def build():
    s = ""
    for i in range(100_000):
        s += str(i % 10)
    return s
s = build()
print(len(s), s[:20], s.count("7"))
parts = []
for i in range(200_000):
    parts.append("%05d" % i)
joined = ",".join(parts)
print(len(joined), joined[-17:])
h = 0
for ch in joined[:500_000]:
    h = (h * 31 + ord(ch)) % 1_000_000_007
print(h)
words = []
for i in range(50_000):
    w = "w" + str(i)
    w = w.upper() + w[::-1]
    words.append(w)
print(len(words), words[123], sum(len(w) for w in words))
t = ""
for i in range(20_000):
    t = t + "ab"
print(len(t))
b = b""
for i in range(8_000):
    b += bytes([i % 256])
print(len(b), sum(b))
