TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def words(text):
    cleaned = ''.join(ch.lower() if ch.isalpha() or ch.isspace() else ' ' for ch in text)
    return cleaned.split()

counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in top[:8]:
    print(f"{w:12} {n:3} {'#' * n}")
print(len(counts), sum(counts.values()))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
first_seen = {}
for i, w in enumerate(words(TEXT)):
    first_seen.setdefault(w, i)
print(list(first_seen)[:10])
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(''.join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
bigrams = {}
ws = words(TEXT)
for a, b in zip(ws, ws[1:]):
    bigrams[a, b] = bigrams.get((a, b), 0) + 1
print(max(bigrams.items(), key=lambda kv: (kv[1], kv[0])))
print(sorted(w for w, n in counts.items() if n == 1))
lines = TEXT.splitlines()
print([len(l.split()) for l in lines], max(lines, key=len)[:20])
