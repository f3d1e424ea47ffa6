def f(a):
    if a:
        while a:
            a -= 1
        return a
    return 0

class C:
    pass
