parts = []
for i in range(20):
    parts.append(chr(ord("a") + i % 26) * (i % 4))
joined = "".join(parts)
print(joined, len(joined))
s = ""
for word in ["alpha", "beta", "gamma", "delta"]:
    s += word[0].upper() + word[1:] + " "
print(repr(s), repr(s.rstrip()))
print(str(123) + str(4.5) + str(True) + str(None))
words = "the rain in spain falls mainly on the plain".split()
print(" ".join(w[::-1] for w in words))
print(" ".join(sorted(words, key=lambda w: (len(w), w))))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym)
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "hello, world")
print(caesar)
vowels = sum(1 for c in "onomatopoeia" if c in "aeiou")
print(vowels, "onomatopoeia".count("o"))
pal = [w for w in ["level", "hello", "racecar", "abba", "abc", "a", ""] if w == w[::-1]]
print(pal)
table = [("x", 1), ("longer", 22), ("mid", 333)]
width = max(len(k) for k, _ in table)
for k, v in table:
    print(k.ljust(width) + " : " + str(v).rjust(4))
print("-" * 20)
print("=" * 3 + ">" + "<" + "=" * 3)
print("abc".__iter__().__next__(), list(map(ord, "AZ")), "".join(map(chr, [80, 121])))
t = "x"
for _ in range(5):
    t = t + t
print(len(t), t[:8])
print(str.__add__("a", "b"), "%s-%s" % tuple("ab"))
