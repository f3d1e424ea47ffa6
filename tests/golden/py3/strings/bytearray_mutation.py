"""Mutating a bytearray: methods, item and slice assignment, deletion, in-place operators."""
ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" world")
ba.extend([65, 66])
ba.extend(bytearray(b"!"))
ba.insert(0, 62)
ba.insert(-1, 60)
ba.insert(100, 46)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("o"))
print(ba)
ba.reverse()
print(ba)
ba.reverse()
ba[0] = 72
ba[-1] = 63
print(ba, ba[0], ba[-1], ba[1:4], ba[::3])
ba[1:5] = b"ELLO"
print(ba)
ba[0:0] = b">>"
print(ba)
ba[2:7] = b""
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[0]
del ba[-1]
del ba[::3]
print(ba)
del ba[:]
print(ba, len(ba), bool(ba))
b2 = bytearray(b"ab")
alias = b2
b2 += b"cd"
b2 *= 2
print(b2, alias is b2, alias)
c = b2.copy()
c.clear()
print(c, b2)
print(bytearray(3), bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray(b"x") * 3, 2 * bytearray(b"yz"))
print(bytearray(b"abc") == b"abc", bytearray(b"abc") != bytearray(b"abd"), bytearray(b"b") > b"a", sorted([bytearray(b"b"), bytearray(b"a")]))
print(list(bytearray(b"xyz")), [x for x in reversed(bytearray(b"ab"))], 98 in bytearray(b"abc"), b"bc" in bytearray(b"abc"))
big = bytearray()
for i in range(1000):
    big.append(i % 256)
print(len(big), big[999], sum(big), big[-3:])
for bad in [lambda: ba.pop(), lambda: bytearray(b"a").pop(3), lambda: bytearray(b"a").remove(9),
            lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray(b"a").__setitem__(5, 1),
            lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"x"), lambda: bytearray(b"a").extend(3),
            lambda: bytearray(b"a").append("x"), lambda: hash(bytearray()), lambda: {bytearray(): 1},
            lambda: bytearray(b"a").__setitem__(slice(0, 1), 5), lambda: bytearray(b"a").__setitem__(slice(0, 1), "x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
