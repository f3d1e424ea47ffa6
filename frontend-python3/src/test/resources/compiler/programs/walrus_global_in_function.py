G = None
def f():
    global G
    [G := i for i in range(3)]
    return G
def g(*args: *Ts): pass
