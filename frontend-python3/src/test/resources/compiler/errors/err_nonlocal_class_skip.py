def f():
    def g():
        nonlocal x
    x = 1
    return g
class C:
    y = 1
    def m(self):
        nonlocal y
