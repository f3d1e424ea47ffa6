x = [0x1for x in y]
y = 1if x else 2
z = 1 if 1else 2
w = 0o7or 1
