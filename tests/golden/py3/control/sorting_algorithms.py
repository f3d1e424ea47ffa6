def bubble(a):
    a = list(a)
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        x, j = a[i], i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]; j -= 1
        a[j + 1] = x
    return a

def merge_sort(a, key=lambda x: x):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    l, r = merge_sort(a[:mid], key), merge_sort(a[mid:], key)
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if key(r[j]) < key(l[i]):
            out.append(r[j]); j += 1
        else:
            out.append(l[i]); i += 1
    return out + l[i:] + r[j:]

def quick(a):
    if len(a) <= 1:
        return list(a)
    p = a[len(a) // 2]
    return quick([x for x in a if x < p]) + [x for x in a if x == p] + quick([x for x in a if x > p])

def heap_sort(a):
    a = list(a); n = len(a)
    def sift(i, n):
        while 2 * i + 1 < n:
            c = 2 * i + 1
            if c + 1 < n and a[c + 1] > a[c]: c += 1
            if a[i] >= a[c]: return
            a[i], a[c] = a[c], a[i]; i = c
    for i in range(n // 2 - 1, -1, -1): sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]; sift(0, end)
    return a

def counting(a):
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a: counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]

def radix(a):
    a = list(a); exp = 1
    while max(a) // exp:
        buckets = [[] for _ in range(10)]
        for x in a: buckets[x // exp % 10].append(x)
        a = [x for b in buckets for x in b]; exp *= 10
    return a

data = [(i * 7919) % 503 - 250 for i in range(300)]
expected = sorted(data)
for f in (bubble, insertion, merge_sort, quick, heap_sort, counting):
    r = f(data)
    print(f"{f.__name__:10} {r == expected} {r[:5]} {r[-3:]}")
print(radix([abs(x) for x in data]) == sorted(abs(x) for x in data))
pairs = [(x % 5, i) for i, x in enumerate(data[:20])]
print(merge_sort(pairs, key=lambda p: p[0]) == sorted(pairs, key=lambda p: p[0]))
for f in (bubble, insertion, merge_sort, quick, heap_sort):
    print(f.__name__, f([]), f([1]), f("sorting"), f([3.5, -1, 2, True]))
print(sorted(["b", "A", "c", "B"], key=str.lower), sorted([3, 1, 2], reverse=True))
counting([])
