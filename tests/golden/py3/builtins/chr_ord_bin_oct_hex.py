for c in ["a", "Z", "0", " ", "\n", "\u00e9", "\u20ac", "\U0001f40d", "\x00"]:
    print(repr(c), ord(c))
for n in [65, 97, 48, 0x3b1, 0x1f600, 0x10ffff, 0]:
    print(n, repr(chr(n)))
for bad in [-1, 0x110000, 2**40]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
    except OverflowError:
        print("OverflowError")
for bad in ["", "ab", b"ab", 5]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
print(ord(b"A"), ord(bytearray(b"z")))
for n in [0, 1, -1, 5, -5, 255, -256, 2**64, -(2**64) + 1, True]:
    print(n, bin(n), oct(n), hex(n))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()))
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError:", e)
print(int(bin(12345), 0), int(oct(12345), 0), int(hex(12345), 0))
print(chr(ord("a") + 25), "".join(chr(c) for c in range(ord("A"), ord("A") + 26, 5)))
bin(2.0)
