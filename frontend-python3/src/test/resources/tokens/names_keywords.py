if True and not False or None:
    pass
elif x is y:
    del z
else:
    import os as o
