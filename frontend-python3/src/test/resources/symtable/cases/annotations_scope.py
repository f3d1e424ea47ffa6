def f(a: X, *, b: Y = 1) -> Z:
    pass
class C:
    x: T
    y: U = 1
    def m(self) -> C:
        z: W = 1
        return z
lambda q=D: q
