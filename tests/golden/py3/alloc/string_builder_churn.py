parts = []
for i in range(50000):
    parts.append(f"{i:05d}|{i * 7 % 13:x};")
s = ''.join(parts)
print(len(s), s[:24], s[-12:])
acc = ''
for i in range(20000):
    acc += chr(97 + i % 26)
    if len(acc) > 100:
        acc = acc[50:]
print(len(acc), acc[:10])
words = s.split(';')
print(len(words), words[12345])
counts = {}
for w in words:
    if w:
        key = w.split('|')[1]
        counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))
b = bytearray()
for i in range(100000):
    b += bytes((i % 256,))
print(len(b), sum(b) % 65536, b[-3:])
r = s.replace('|', ':').upper().lower().replace(':', '|')
print(r == s, hash(r) == hash(s))
chunks = [s[i:i + 1000] for i in range(0, len(s), 1000)]
print(len(chunks), sum(map(len, chunks)) == len(s))
joined = '-'.join(str(i) for i in range(100000))
print(len(joined), joined.count('-'), joined[-11:])
