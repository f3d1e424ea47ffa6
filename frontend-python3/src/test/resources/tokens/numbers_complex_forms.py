a = 1_000.000_1e-1_0j
b = 0xDEAD_BEEF
c = 1E+0_1
d = 123.
e = 0.e5
f = 1 if 1not in x else 0
g = [1 for x in y]
