# bytes/bytearray split(None, maxsplit) keeps the rest of the data unstripped, as str does.
samples = [b"  a b  c   d  ", b"one", b"\t x \n y \x0b", b"", b"   "]
for data in samples:
    for maxsplit in (-1, 0, 1, 2, 10):
        left = data.split(None, maxsplit)
        right = data.rsplit(None, maxsplit)
        text = data.decode("ascii")
        assert [x.decode() for x in left] == text.split(None, maxsplit)
        assert [x.decode() for x in right] == text.rsplit(None, maxsplit)
        print(repr(data), maxsplit, left, right)
ba = bytearray(b"  key = value with spaces  ")
print(ba.split(None, 1), ba.rsplit(None, 1))
print(b"x  y  ".split(maxsplit=1), b"  x  y".rsplit(maxsplit=1))
