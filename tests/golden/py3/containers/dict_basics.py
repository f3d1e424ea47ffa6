d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 100
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["two"]
d["two"] = 22
print(d)
print(d.get("one"), d.get("zzz"), d.get("zzz", "dflt"), "one" in d, 100 in d, 100 in d.values())
print(d.setdefault("four", 4), d.setdefault("one", -1), d.setdefault("five"), d)
print(d.pop("five"), d.pop("nope", "gone"), d)
d.update({"six": 6}, seven=7)
d.update([("eight", 8), ("one", 1)])
print(d)
print(d.popitem(), d.popitem(), d)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, extra=1), dict(zip("ab", range(2))), dict())
print({k: k * k for k in range(5)}, {**{"a": 1}, "b": 2, **{"a": 3}})
e = {"x": 1, "y": 2}
f = {"y": 20, "z": 30}
print(e | f, f | e, e)
e |= f
print(e)
e |= [("w", 0)]
print(e)
try:
    e | [("q", 1)]
except TypeError as ex:
    print("TypeError:", ex)
for fn in [lambda: d["missing"], lambda: {}.popitem(), lambda: d.pop("missing"), lambda: {(1, 2): 0}[(1, 3)],
           lambda: {1: 0}[2], lambda: {"": 0}["'"]]:
    try:
        fn()
    except KeyError as ex:
        print("KeyError:", ex, repr(ex), ex.args)
try:
    dict([(1, 2, 3)])
except ValueError as ex:
    print("ValueError:", ex)
try:
    dict([1])
except TypeError as ex:
    print("TypeError:", ex)
try:
    {[1]: 2}
except TypeError as ex:
    print("TypeError:", ex)
g = d.copy()
g.clear()
print(g, d == dict(d), {1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2}, list({3: 4, 1: 2}))
print(d["nothing"])
