d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
d["d"] = 4
print(list(k), list(v), list(it))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a", "b"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1), ("b", 0)}), sorted(it - {("a", 1)}), k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"})
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), sorted(it | {("z", 26)}))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(v == v, d.values() == d.values(), list(d.keys())[1:])
print(k.mapping["a"], type(k.mapping).__name__)
try:
    v & {1}
except TypeError as e:
    print("TypeError:", e)
try:
    k[0]
except TypeError as e:
    print("TypeError:", e)
for key in d:
    d[key] *= 10
print(d)
try:
    for key in d:
        if key == "b":
            del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
for key in list(d):
    if key.endswith("x"):
        del d[key]
print(d)
ordered = {}
for w in ["zeta", "alpha", "mid", "alpha", "beta"]:
    ordered[w] = ordered.get(w, 0) + 1
print(ordered, list(ordered.items())[0])
ordered.pop("zeta")
ordered["zeta"] = 0
print(list(ordered))
it = iter(d.values())
d["new"] = 1
next(it)
