def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show())
print(show(1, 2, x=3))
print(show(*"ab", **{"k": [1]}))
def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3))
def passthrough(*a, **k):
    return show(*a, **k)
print(passthrough(9, y=8))
def keyword_named_like_self(self, **kw):
    return self, kw
print(keyword_named_like_self(1, other=2))
def collects(**kw):
    kw["added"] = True
    return kw
d = {"x": 1}
print(collects(**d), d)
print(show(**{"a": 1}, **{"b": 2}), show(*[1], *[2], 3))
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1])
except TypeError as e:
    print("TypeError:", e)
def varargs_type(*a, **k):
    return type(a).__name__, type(k).__name__
print(varargs_type())
