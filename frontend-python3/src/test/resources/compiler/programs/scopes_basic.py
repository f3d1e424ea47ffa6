import os.path as p, sys
import a.b.c
from m import x as y, z
g = 1
def f(a, /, b: int = 1, *c: str, d, e=2, **kw) -> list:
    global g
    g = a
    h = b
    def inner():
        nonlocal h
        h += 1
        return a + d + undefined
    return inner
async def co(x):
    await x
    async for i in x:
        pass
    async with x as (q, r):
        pass
    return [j async for j in x]
class C(Base, metaclass=M):
    attr = 1
    __priv = 2
    def m(self, __arg):
        return __arg + self.__priv + attr
    def s(self):
        return super().s()
    def cls(self):
        return __class__
    @staticmethod
    def d(): pass
    class Inner:
        def z(self): return attr
lam = lambda x, *y, **z: x + y + g
del g
