"""Unicode errors from the codecs and built by hand: attributes, messages, argument checks, handlers."""
for s, enc, err in [
    ("a\udc80b", "utf-8", "surrogateescape"), ("a\udc80b", "ascii", "surrogateescape"), ("a\udc7fb", "utf-8", "surrogateescape"),
    ("\ud83d", "utf-16", "strict"), ("\ud83d", "utf-32", "surrogatepass"), ("é€", "cp1252", "strict"),
    ("ā", "cp1252", "replace"), ("ā", "cp1252", "xmlcharrefreplace"), ("a\u20acb", "latin-1", "namereplace"),
    ("a\u20acb", "ascii", "backslashreplace"), ("\xe9\xe9x\xe9", "ascii", "strict"), ("\ud800\ud800", "utf-8", "strict"),
    ("\ud800\ud800", "utf-8", "replace"), ("x\ud800", "utf-8", "ignore"), ("x\ud800", "latin-1", "surrogatepass"),
    ("\U0001f600", "ascii", "xmlcharrefreplace"), ("\x00", "utf-32-be", "strict"), ("abc", "utf_8", "nope"),
    ("a\xff", "ascii", "nope"),
]:
    try:
        print(ascii(s), enc, err, s.encode(enc, err))
    except (UnicodeError, LookupError) as e:
        print(ascii(s), enc, err, type(e).__name__, e, e.args[1:4] if isinstance(e, UnicodeError) else "")
for b, enc, err in [
    (b"\xed\xa0\x80", "utf-8", "surrogatepass"), (b"\xed\xa0\x80", "utf-8", "strict"), (b"\xed\xa0\x80", "utf-8", "replace"),
    (b"\xf0\x9f\x98", "utf-8", "replace"), (b"\xf0\x9f\x98x", "utf-8", "strict"), (b"\xc0\x80", "utf-8", "strict"),
    (b"\xf5\x80", "utf-8", "backslashreplace"), (b"a\x00b", "utf-16-le", "strict"), (b"\x00\xd8\x00\xdc", "utf-16-le", "strict"),
    (b"\x00\xdc", "utf-16-le", "strict"), (b"\x00\xd8a\x00", "utf-16-le", "replace"), (b"\x00\x00\x11\x00", "utf-32-le", "strict"),
    (b"\x81\x8d", "cp1252", "strict"), (b"\x81a", "cp1252", "replace"), (b"\xff\xfe\x00\xd8", "utf-16", "strict"),
    (b"\x80\x81", "ascii", "surrogateescape"), (b"ab\xff", "utf-8-sig", "strict"), (b"\xef\xbb\xbf\xff", "utf-8-sig", "strict"),
    (b"\xff", "utf-8", "xmlcharrefreplace"), (b"\xff", "utf-8", "nope"), (b"\xe2\x82", "utf-8", "ignore"),
    (b"\xe2\x82\xac\xe2", "utf-8", "surrogateescape"),
]:
    try:
        print(b, enc, err, ascii(b.decode(enc, err)))
    except (UnicodeError, LookupError, TypeError) as e:
        print(b, enc, err, type(e).__name__, e, e.args[1:4] if isinstance(e, UnicodeError) else "")

e = UnicodeDecodeError("utf-8", b"ab\xffc", 2, 3, "bad")
print(e, e.start, e.end, e.object, e.encoding, e.reason)
e.start = 1
e.reason = "worse"
print(e, e.start, e.reason, e.args)
print(UnicodeEncodeError("ascii", "abc", 1, 2, "nope"), repr(UnicodeEncodeError("ascii", "abc", 1, 2, "nope")))
e = UnicodeTranslateError("abc", 0, 2, "meh")
print(e, e.object, e.start, e.end, e.reason, e.encoding)
e = UnicodeDecodeError("x", bytearray(b"ab"), 0, 1, "r")
print(e, type(e.object).__name__, type(e.args[1]).__name__)
print(UnicodeDecodeError("x", memoryview(b"yz"), 0, 2, "r").object)
for cls, args in [(UnicodeDecodeError, ("x",)), (UnicodeDecodeError, ("a", "b", 1, 2, "r")),
                  (UnicodeDecodeError, ("a", b"b", "1", 2, "r")), (UnicodeDecodeError, (1, b"b", 1, 2, "r")),
                  (UnicodeDecodeError, ("a", b"b", 1, 2, 3)), (UnicodeEncodeError, ("a", b"b", 1, 2, "r")),
                  (UnicodeEncodeError, ("a", "b", 1, 2, "r", 6)), (UnicodeTranslateError, (b"b", 1, 2, "r")),
                  (UnicodeTranslateError, ("b", 1, 2, "r"))]:
    try:
        print(cls.__name__, cls(*args).args)
    except TypeError as t:
        print(cls.__name__, "TypeError:", t)

class E(UnicodeDecodeError):
    def __init__(self, why):
        super().__init__("enc", b"xyz", 0, 1, why)
e = E("why")
print(e, e.args, e.reason, UnicodeError("a", 1).args, UnicodeError("plain"))
print(str(bytearray(b"ab"), errors="strict"), str(memoryview(b"mv"), "utf-8"))
for bad in ["abc", 5]:
    try:
        str(bad, "utf-8")
    except TypeError as t:
        print("TypeError:", t)

class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
class I(int):
    pass
print([hash(H(v)) for v in [I(7), True, -2**63, 2**63 - 1, 2**63, -2**63 - 1, 2**100, -1, I(-1), 2**62]])
for kw in [dict(encoding=1), dict(errors=2), dict(encoding="ascii", errors=None)]:
    try:
        print(str(b"a", **kw))
    except TypeError as t:
        print("TypeError:", t)
class S(str):
    pass
print(str(b"a\xff", S("latin-1"), S("strict")))
