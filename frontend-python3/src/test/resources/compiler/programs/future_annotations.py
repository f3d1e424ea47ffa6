from __future__ import annotations
def f(a: X, *, b: Y = 1) -> Z:
    v: V = 1
    return v
class C:
    x: T
