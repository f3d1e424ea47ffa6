
def caesar(text, k):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return ''.join(out)

LOWER = ''.join(chr(c) for c in range(97, 123))
UPPER = LOWER.upper()
def caesar_table(k):
    lo, up = LOWER, UPPER
    return str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])

msg = "Hello, World! The quick brown fox (1234)."
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg, msg.translate(caesar_table(3)) == enc)
print(caesar(msg, 13), caesar(caesar(msg, 13), 13) == msg)

def vigenere(text, key, sign=1):
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            shift = (ord(key[i % len(key)].lower()) - 97) * sign
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return ''.join(out)
v = vigenere("ATTACK at dawn!", "Lemon")
print(v, vigenere(v, "Lemon", -1))

def crack(cipher):
    freq = "etaoinshrdlu"
    best = None
    for k in range(26):
        cand = caesar(cipher, -k)
        score = sum(cand.lower().count(c) * (12 - i) for i, c in enumerate(freq))
        if best is None or score > best[0]:
            best = (score, k, cand)
    return best[1:]
print(crack(caesar("the secret meeting is at the old tree near the river", 11)))
print(LOWER[:5], UPPER[-5:], ' '.join(w.capitalize() for w in "hello   big   world".split()))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
