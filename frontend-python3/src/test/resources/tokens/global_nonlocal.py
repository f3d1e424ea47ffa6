def f():
    global a
    b = 1
    def g():
        nonlocal b
