b = b"Hello, World"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], b[::3], list(b[:3]), bytes(3), bytes([65, 66]), bytes(range(3)))
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L", 2), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.strip(b"Hd"), b.center(16, b"*"), b.zfill(14), b.title())
print(b.hex(), b.hex(":"), b.hex("-", 4), bytes.fromhex("de ad BEEF"), bytes.fromhex(""), b"\x00\xff".hex())
print(b"a,b,,c".split(b","), b" x  y ".split(), b"abc".partition(b"b"), b"-".join([b"a", b"b"]), b"abc" + b"def", b"ab" * 2)
print(b"hello" < b"help", b"a" == b"a", b"a" == "a", b"\x80abc".decode("latin-1"), b"caf\xc3\xa9".decode())
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" \t".isspace(), b"Ab".istitle(), b"ab".islower(), b"\x80".isascii())
print(repr(b"quote's"), repr(b'dq"'), repr(b"both'\""), repr(b"\t\n\r\x00\x7f\x80\xff\\"), repr(bytes(range(30, 40))))
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba.insert(0, 95); ba[1] = 65; ba[2:4] = b"XYZ"
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.remove(ord("X")); ba.reverse(); print(ba, bytes(ba), ba.decode())
del ba[::2]; print(ba)
ba += b"!!"; ba *= 2; print(ba, ba.count(b"!"), ba.index(b"!"))
print(bytearray(5), bytearray(b"x") == b"x", bytearray.fromhex("41 42"), bytearray(range(65, 70)).hex(), bytearray("é", "utf-8"))
print(type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"b") + b"a").__name__, b"ab"[1:2] == bytearray(b"b"))
print(hash(b"abc") == hash(b"abc"), b"x" in b"xyz", 120 in b"xyz", b"xyz".index(121))
for fn in [lambda: bytes([256]), lambda: bytes([-1]), lambda: b"a"[5], lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"),
           lambda: bytearray(b"a").__setitem__(0, 300), lambda: b"a".__setitem__(0, 1), lambda: bytes("abc"),
           lambda: b"a" + "b", lambda: hash(bytearray()), lambda: bytearray().pop(), lambda: b"abc".index(b"z")]:
    try:
        fn()
    except (ValueError, IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(bytes(b"x" * 3), b"%d-%s" % (5, b"z"), b"x".ljust(3, b"."), b"AbC".swapcase(), b"a\tb".expandtabs(4))
print(b"ab".translate(bytes.maketrans(b"ab", b"ba")), b"\xff".decode("utf-8", "replace"), bytes(memoryview(b"mv")))
b"abc"[1] = 2
