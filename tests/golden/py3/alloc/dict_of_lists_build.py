index = {}
for i in range(300_000):
    key = i % 997
    bucket = index.get(key)
    if bucket is None:
        bucket = index[key] = []
    bucket.append(i)
print(len(index), sum(len(v) for v in index.values()), index[5][:4], index[996][-1])
merged = []
for k in sorted(index):
    merged.extend(index[k][:3])
print(len(merged), merged[:6], sum(merged))
counts = {}
for v in range(300_000):
    k = (v * 2654435761) % 4093
    counts[k] = counts.get(k, 0) + 1
print(len(counts), max(counts.values()), min(counts.values()))
records = [{"id": i, "name": "n%d" % i, "tags": [i % 3, i % 5]} for i in range(60_000)]
print(sum(r["tags"][0] + r["tags"][1] for r in records), records[-1]["name"])
