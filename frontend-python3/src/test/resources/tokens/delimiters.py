a[1:2, ::3]
f(*args, **kw)
@decorator
def g(): pass
lambda: 0
x = {1, 2}; y = a.b
