x is 1
x is not "a"
x is None
