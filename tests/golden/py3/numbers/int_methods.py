for n in [0, 1, 255, 256, -1, -128, -129, 2**31, 10**20]:
    print(n, n.bit_length(), n.to_bytes(16, "big", signed=True).hex(), n.to_bytes(16, "little", signed=True)[:3])
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x80", signed=True))
print(int.from_bytes(bytearray(b"\x01\x00"), byteorder="little"), int.from_bytes((2**100).to_bytes(13, "big"), "big") == 2**100)
for args in [(1, "big"), (2, "big", True)]:
    pass
for n, length, signed in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True), (2**64, 8, False)]:
    try:
        n.to_bytes(length, "big", signed=signed)
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print("ValueError:", e)
print((42).__index__(), (True).__index__(), int.__index__(7), (6).numerator, (6).denominator, (6).real, (6).imag)
print((17).as_integer_ratio(), (-3).conjugate(), int.__add__(2, 3), (5).__rsub__(1), (7).__floordiv__(2))
print((10).__pow__(3, 7), (3).__truediv__(2), (3).__eq__(3.0), (3).__lt__("a"), (3).__bool__(), (0).__bool__())
class Ix:
    def __index__(self):
        return 3
print([10, 20, 30, 40][Ix()], "abcdef"[Ix():], range(10)[Ix()], bin(Ix()), (5).__mul__(Ix()))
print(int.__new__(int, "12"), int("0"), int(), int(-0.0), int("-0"), -0)
print(isinstance(True, int), True + 0, int.__name__, (12345).__sizeof__() > 0)
print((255).to_bytes(1, "big", signed=True))
