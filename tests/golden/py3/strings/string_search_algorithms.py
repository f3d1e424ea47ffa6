text = "abracadabra alakazam abracadabra"
def find_all(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out
print(find_all(text, "abra"), find_all(text, "a")[:8], find_all(text, "zz"), find_all("aaaa", "aa"))
def longest_common_prefix(words):
    if not words:
        return ""
    prefix = min(words)
    last = max(words)
    i = 0
    while i < len(prefix) and prefix[i] == last[i]:
        i += 1
    return prefix[:i]
print(repr(longest_common_prefix(["flower", "flow", "flight"])), repr(longest_common_prefix(["same", "same"])))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
def is_anagram(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())
print(is_anagram("Dormitory", "Dirty room"), is_anagram("abc", "abd"))
def word_freq(s):
    freq = {}
    for w in s.lower().replace(",", " ").replace(".", " ").split():
        freq[w] = freq.get(w, 0) + 1
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(word_freq("It was the best of times, it was the worst of times."))
print(text.title(), text.replace("abra", "ABRA", 1), text.center(40, "~"))
vowels = "aeiou"
print("".join(c for c in "programming language" if c not in vowels), "programming".translate({ord(v): None for v in vowels}))
print(max(text.split(), key=len), sorted(text.split(), key=lambda w: (-len(w), w)))
print("".join(sorted(set(text) - {" "})), text.index("kaz"), text.rfind("a"), text.rindex("cad"))
