import os, sys as system, a.b.c as d
from . import x
from .. mod import (y, z as w,)
from ...pkg.sub import *
global g1, g2
x = y = z = 1
a, *b = c
[p, (q, r)] = s
x: int
(y): str = "v"
obj.attr: list[int] = []
t[0] += 1
n **= 2; n //= 3; n @= m; n >>= 1; n <<= 1; n ^= 1; n |= 1; n &= 1; n %= 2
del a, b[0], c.d
del (e, f), [g]
assert x, "message"
raise
raise ValueError("x") from None
pass; pass;
if a:
    pass
elif b:
    pass
elif c: pass
else:
    pass
while x:
    break
else:
    continue
for i, j in pairs:
    pass
else:
    pass
for (k) in ks: pass
for *s, in z: pass
with open(f) as fh, lock:
    pass
with (open(f) as a, open(g) as b,):
    pass
with (a, b):
    pass
with (yield):
    pass
try:
    pass
except ValueError as e:
    pass
except (TypeError, KeyError):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* OSError as eg:
    pass
try:
    pass
finally:
    x = 1;
def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    nonlocal q
    return a
def g(*, k): return
def h(a, /): yield
def i(*args: *Ts): yield from x
async def co():
    await x
    async for i in y:
        pass
    async with z as w:
        pass
    return [i async for i in aiter() if await i]
@decorator
@dec.attr(1)(2)
@(lambda f: f)
@x[0] if y else z
class C(Base, metaclass=M, **kw):
    """doc"""
    def m(self): ...
class D: pass
