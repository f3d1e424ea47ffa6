docs = {
    'd1': "the cat sat on the mat",
    'd2': "the dog sat on the log",
    'd3': "cats and dogs and mats",
    'd4': "a cat and a dog",
}
index = {}
for doc_id, text in docs.items():
    for pos, word in enumerate(text.split()):
        index.setdefault(word, {}).setdefault(doc_id, []).append(pos)

def search(*terms):
    sets = [set(index.get(t, {})) for t in terms]
    return sorted(set.intersection(*sets)) if sets else []

print(sorted(index)[:8])
print(index['the'], index['cat'])
print(search('cat'), search('sat', 'on'), search('and', 'a'), search('zebra'), search())
def phrase(a, b):
    out = []
    for d in search(a, b):
        if any(p + 1 in index[b][d] for p in index[a][d]):
            out.append(d)
    return out
print(phrase('the', 'cat'), phrase('on', 'the'), phrase('cat', 'the'))
inverted = {d: len(t.split()) for d, t in docs.items()}
print(inverted, max(inverted, key=inverted.get))
freq = {w: sum(len(v) for v in ds.values()) for w, ds in index.items()}
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
merged = {}
for w, ds in index.items():
    for d in ds:
        merged.setdefault(d, set()).add(w)
print({d: sorted(ws) for d, ws in sorted(merged.items())}['d4'])
common = set.intersection(*merged.values())
print(sorted(common), sorted(merged['d1'] ^ merged['d2']), sorted(merged['d3'] - merged['d4']))
d = dict.fromkeys(['x', 'y', 'z'], 0)
d |= {'y': 5, 'w': 1}
print(d, d | {'x': -1}, {'x': -1} | d)
print(list(reversed(d)), list(reversed(d.items()))[0], d.popitem(), d)
