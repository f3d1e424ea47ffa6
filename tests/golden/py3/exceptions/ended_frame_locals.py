# The locals an ended function frame keeps for its traceback: plain, cell and free variables,
# unbound ones left out, and the same dict on every read.
def f(a):
    b = a * 2
    def g():
        return b
    unbound = None
    del unbound
    raise ValueError
def outer():
    x = 10
    def inner():
        y = x
        raise KeyError(y)
    return inner
try:
    f(3)
except ValueError as e:
    fr = e.__traceback__.tb_next.tb_frame
    print(sorted((k, v if not callable(v) else 'fn') for k, v in fr.f_locals.items()))
    print(fr.f_locals is fr.f_locals)
try:
    outer()()
except KeyError as e:
    print(sorted(e.__traceback__.tb_next.tb_frame.f_locals.items()))
