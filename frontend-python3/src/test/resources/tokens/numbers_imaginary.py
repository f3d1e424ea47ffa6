a = 1j
b = 1.5J
c = 1e3j
d = .5j
e = 0j
f = 00j
g = 1_0j
