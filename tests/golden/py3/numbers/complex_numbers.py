z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w, -z, +z, z ** 2, complex(round((z ** 0.5).real, 9), round((z ** 0.5).imag, 9)), w ** 3)
print(abs(z), z.real, z.imag, z.conjugate(), type(z.real).__name__, z == complex(3, 4), z != w)
print(1j, -1j, 0j, -0j, complex(0, -0.0), 1j * 1j, 1j ** 2, (1 + 0j) == 1, 1j + 1 == complex(1, 1))
print(complex(), complex(2), complex(2.5, 1), complex("1+2j"), complex("  -3.5-4.25J "), complex("j"), complex("-j"))
print(complex("1e3+1e-3j"), complex("(1+2j)"), complex("inf+nanj"), complex("5"), complex(" 7j "), complex(1j, 1j))
for s in ["1+2", "1 + 2j", "j1", "", "1+2j+3", "(1+2j", "1..5j", "jj"]:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), "ValueError:", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)
print(repr(complex(1.5, 0)), repr(complex(0, 1.5)), repr(complex(-0.0, -0.0)), repr(complex(1e20, 1e-20)))
print(repr(complex(float("inf"), float("nan"))), str(complex(1, 1)), repr(2j * 0.5))
print(z.__abs__(), abs(complex(3e200, 4e200)), abs(1j), hash(1 + 0j) == hash(1), hash(complex(0, 0)) == 0)
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    int(z)
except TypeError as e:
    print("TypeError:", e)
try:
    float(z)
except TypeError as e:
    print("TypeError:", e)
try:
    z // 2
except TypeError as e:
    print("TypeError:", e)
print((2 + 0j) ** 10, (1 + 1j) ** 8, 0j ** 0, pow(1j, 4), complex(1, 2).__complex__() if hasattr(complex, "__complex__") else (1 + 2j))
print(sum([1j, 2, 3.5 + 1j]), (1 + 2j) * 2, 2 / (1 + 1j), (1 + 1j) / 2)
0j ** -1
