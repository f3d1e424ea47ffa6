def f(a, b, *, c, d=4):
    return a, b, c, d
def g(a, /, b, *args, key, **kw):
    return a, b, args, key, kw
def h(*, x):
    return x

calls = [
    lambda: f(1, 2, c=3),
    lambda: f(1, 2, 3),
    lambda: f(1, 2),
    lambda: f(1, c=3),
    lambda: f(1, 2, c=3, e=5),
    lambda: f(1, 2, c=3, a=1),
    lambda: f(),
    lambda: g(1, 2, 3, key=4, z=5),
    lambda: g(a=1, b=2, key=3),
    lambda: g(1, 2),
    lambda: h(1),
    lambda: h(),
    lambda: h(x=1, y=2),
    lambda: f(*[1, 2], **{'c': 3, 'd': 5}),
    lambda: f(1, *[2, 3], c=4),
    lambda: f(1, 2, **{'c': 1}, **{'c': 2}),
    lambda: (lambda *, k: k)(j=1),
    lambda: int(x=3),
    lambda: sorted([1], reverse=True, key=None, cmp=None),
]
for i, c in enumerate(calls):
    try:
        print(i, c())
    except TypeError as e:
        print(i, "TypeError:", e)

class K:
    def m(self, a, *, b):
        return a, b
    @classmethod
    def cm(cls, *, flag):
        return flag
try:
    K().m(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    K.cm(True)
except TypeError as e:
    print("TypeError:", e)
print(K().m(1, b=2), K.cm(flag=0))
f(1, 2, 3, 4)
