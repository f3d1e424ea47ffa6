ops = [
    lambda: "a" + b"b",
    lambda: b"a" + "b",
    lambda: "abc".startswith(b"a"),
    lambda: b"abc".startswith("a"),
    lambda: "a" in b"abc",
    lambda: b"a" in "abc",
    lambda: "x".join([b"a", b"b"]),
    lambda: b"x".join(["a", "b"]),
    lambda: b"abc".replace("a", "b"),
    lambda: "abc".split(b"b"),
    lambda: bytes("abc"),
    lambda: str(b"abc"),
    lambda: str(b"abc", "ascii"),
    lambda: bytes("héllo", "ascii"),
    lambda: b"h\xe9llo".decode("utf-8"),
    lambda: b"h\xe9llo".decode("utf-8", "replace"),
    lambda: "héllo".encode("ascii", "xmlcharrefreplace"),
    lambda: b"abc" == "abc",
    lambda: b"%s" % "text",
    lambda: "%s" % b"raw",
    lambda: f"{b'x'}",
    lambda: b"abc"[0] == "a",
    lambda: b"abc".find(98),
    lambda: "abc".find(98),
    lambda: ord(b"a"),
    lambda: ord(b"ab"),
    lambda: bytearray("x", "utf-8") + "y",
    lambda: int(b"42"),
    lambda: float(b"1.5"),
    lambda: "{}".format(b"q"),
    lambda: sorted(["b", b"a"]),
]
for i, op in enumerate(ops):
    try:
        r = op()
        print(i, "->", repr(r))
    except (TypeError, UnicodeError, ValueError) as e:
        print(i, type(e).__name__ + ":", e)
