import itertools

def rle_encode(s):
    return ''.join(f"{len(list(g))}{k}" for k, g in itertools.groupby(s))

def rle_decode(s):
    out, num = [], ''
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if not num:
                raise ValueError(f"missing count before {ch!r}")
            out.append(ch * int(num))
            num = ''
    if num:
        raise ValueError("dangling count " + num)
    return ''.join(out)

def rle_manual(data):
    if not data:
        return []
    runs = [[data[0], 1]]
    for x in data[1:]:
        if x == runs[-1][0]:
            runs[-1][1] += 1
        else:
            runs.append([x, 1])
    return [tuple(r) for r in runs]

for s in ["", "a", "aaabccddddde", "abcabc", "zzzzzzzzzzzz", "aabbaa"]:
    e = rle_encode(s)
    print(repr(s), '->', repr(e), '->', repr(rle_decode(e)), rle_decode(e) == s)
print(rle_manual([1, 1, 2, 2, 2, 3, 1, 1]))
print(rle_manual(b"\x00\x00\xff"))
for bad in ["3a4", "ab", "12"]:
    try:
        rle_decode(bad)
    except ValueError as e:
        print("ValueError:", e)

def bytes_rle(b):
    out = bytearray()
    i = 0
    while i < len(b):
        j = i
        while j < len(b) and b[j] == b[i] and j - i < 255:
            j += 1
        out += bytes([j - i, b[i]])
        i = j
    return bytes(out)
print(bytes_rle(b"aaaaabbbc" + b"x" * 300))
print(len(bytes_rle(bytes(1000))))
