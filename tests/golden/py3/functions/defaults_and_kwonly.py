def f(a, b=[], c=None):
    b.append(a)
    return b
print(f(1), f(2), f(3, []), f(4))
print(f.__defaults__)
calls = []
def default_eval():
    calls.append("evaluated")
    return 5
def g(x=default_eval()):
    return x
print(g(), g(1), calls)
def kw(a, *, b, c=3):
    return a, b, c
print(kw(1, b=2), kw(1, c=0, b=9), kw.__kwdefaults__, kw.__defaults__)
def both(a, b=2, /, c=3, *, d, e=5, **rest):
    return a, b, c, d, e, rest
print(both(1, d=4), both(1, 20, 30, d=40, e=50, f=60))
print(both.__code__.co_argcount, both.__code__.co_posonlyargcount, both.__code__.co_kwonlyargcount)
print(both.__code__.co_varnames[:6])
def change_defaults(x=1):
    return x
change_defaults.__defaults__ = (42,)
print(change_defaults())
def nodefaults(a): pass
print(nodefaults.__defaults__, nodefaults.__kwdefaults__)
n = 10
def captured(v=n):
    return v
n = 20
print(captured())
