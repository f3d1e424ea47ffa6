s = "Hello, Wörld! \U0001f30d\U0001f600 end"
print(len(s), s[0], s[-1], s[7:12], s[14], s[15], len(s[14:16]))
print(s[::2], s[::-1], s[1::3], s[-3:], s[:-4:-1], s[100:], s[-100:3], s[5:2], s[5:2:-1])
for step in [1, 2, 3, -1, -2, -5]:
    print(step, repr(s[::step]))
print(s[2:20:4], s[-1:-10:-3], "abc"[::-1] == "cba", ""[::-1] == "")
print([c for c in "a\U0001f600b"], len("\U0001f600"), len("e\u0301"), "\u00e9" == "e\u0301")
print([hex(ord(c)) for c in "ÿĀ\uffff\U00010000"])
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
print(s[slice(0, 5)], s[slice(None, None, -7)], slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
big = "\U0010ffff" * 3 + "x"
print(len(big), big[-1], ascii(big[1:3]), big.find("x"), big.index("\U0010ffff", 1))
print("ab" * 3, 3 * "xy", "a" * 0, "a" * -2, "abc" + "def", "x" in "xyz", "" in "", "yz" not in "xyz")
print(max("hello\U0001f600"), min("Hello"), sorted("bAaB\u00e9"))
for i, ch in enumerate("añ\U0001d11e"):
    print(i, ascii(ch), ord(ch))
print(s[3.0])
