class Thing
    pass
