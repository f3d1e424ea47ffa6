def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, sorted(kwargs.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], *[3], c=0, **{"d": 9, "z": 1}))
print(f(c=1, a=0))
args = (10, 20)
kw = {"c": 30}
print(f(*args, **kw), f(*args, 5, **kw, x=1))
def g(*, only): return only
print(g(only=1))
def pos(a, b, /, c): return a, b, c
print(pos(1, 2, 3), pos(1, 2, c=3))
for bad in [lambda: f(), lambda: f(1), lambda: f(1, c=1, a=2), lambda: g(1),
            lambda: pos(a=1, b=2, c=3), lambda: f(1, c=1, **{"c": 2}),
            lambda: pos(1, 2, 3, 4), lambda: g(only=1, other=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(dict(a=1, **{"b": 2}), max(3, 7, key=lambda x: -x), print("inner", end="!\n"))
print("a", "b", sep="", end="|\n")
def order(x):
    print("arg", x)
    return x
def show(*a, **k): return a, sorted(k.items())
print(show(order(1), order(2), k=order(3), *[order(4)], **{"m": order(5)}))
