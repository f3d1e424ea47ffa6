def f(x, **k, y): pass
