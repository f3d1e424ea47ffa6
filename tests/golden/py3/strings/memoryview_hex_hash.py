# memoryview: hex() with a separator, hashes equal to the viewed bytes, writable views unhashable.
class Per:
    def __index__(self):
        return 2


m = memoryview(b"abcdef")
print(m.hex(), m.hex(":"), m.hex("-", 2), m.hex("-", -4), m.hex(sep="_", bytes_per_sep=Per()))
print(hash(m) == hash(b"abcdef"), hash(m[1:3]) == hash(b"bc"), {m: 1}[b"abcdef"])
print(b"abcdef".hex(" ", Per()), bytearray(b"\x01\x02\x03").hex(".", 1))
w = memoryview(bytearray(b"xyz"))
for f in [lambda: hash(w), lambda: w.hex("::"), lambda: m.hex(1), lambda: {w: 1}]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
w.release()
try:
    hash(w)
except ValueError as e:
    print("ValueError:", e)
