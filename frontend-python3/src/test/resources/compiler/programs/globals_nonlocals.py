x = 0
def a():
    global x
    x = 1
    def b():
        return x
    return b
def c():
    y = 1
    def d():
        nonlocal y
        y = 2
        def e():
            nonlocal y
            return y
        return e
    return d
def f():
    z = 1
    class G:
        z = 2
        def h(self):
            return z
    return G
class H:
    global x
    x = 5
    def k(self):
        global x
        return x
def imp():
    import os
    from os import path as pp
    return os, pp
def params(a, b=lambda: a):
    del a
    return b
def ann():
    v: int
    w: str = "s"
    (p): int = 1
    q.r: int = 2
    return w
try:
    pass
except Exception as exc:
    pass
with open("x") as (fa, fb):
    pass
for i, (j, k) in []:
    pass
match x:
    case [1, *rest]:
        pass
    case {"k": v, **others}:
        pass
    case Point(x=px, y=py) | Point(px, py):
        pass
    case str() as s:
        pass
