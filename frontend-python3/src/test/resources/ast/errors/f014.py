def f():
    return
 x
