def f():
    nonlocal   zz
