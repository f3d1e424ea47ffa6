def f():
    x = 1
# col 0 comment
    return x
