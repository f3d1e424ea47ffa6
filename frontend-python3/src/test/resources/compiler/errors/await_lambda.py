def f():
    lambda: await x
