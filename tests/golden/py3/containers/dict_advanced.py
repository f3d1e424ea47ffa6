class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(c, c["z"], "z" in c, len(c))
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
l = Lower()
l["ABC"] = 1
l.update({"DEF": 2})
print(l)
d = dict.fromkeys(range(5), 0)
print(d, list(d.items())[::2])
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("x", {}).get("c", "missing"))
d1 = {"x": 1, "y": 2}
d2 = {"y": 2, "x": 1}
print(d1 == d2, list(d1) == list(d2), d1.items() == d2.items(), d1.keys() == d2.keys())
keys = ["k%d" % i for i in range(10)]
big = {}
for i, k in enumerate(keys):
    big[k] = i
for k in keys[::2]:
    del big[k]
for k in keys[::3]:
    big[k] = -1
print(big)
print(dict(sorted(big.items(), key=lambda kv: kv[1])))
print({k: v for k, v in zip("abc", range(3)) if v}, dict(enumerate("xyz")))
print(sorted({1: "a", 2: "b"}.items(), key=lambda kv: kv[1], reverse=True))
print(max({"a": 3, "b": 9, "c": 1}.items(), key=lambda kv: kv[1]), min({"q": 1}))
copy = dict(big)
copy["new"] = 1
print(len(big), len(copy), "new" in big)
print(dict.__missing__ if hasattr(dict, "__missing__") else "dict has no __missing__")
print(c["a"], Counter.__missing__(c, "q"))
print({}.setdefault([], 1))
