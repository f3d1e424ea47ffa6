s = "café ☃ \U0001f600"
b = s.encode()
print(b, len(b), b.decode(), b.decode("utf-8") == s)
print(s.encode("utf-16-le"), s.encode("utf-16-be")[:6], len(s.encode("utf-32-le")))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"), s.encode("latin-1", "replace"), s.encode("latin-1", "ignore"))
print(s.encode("ascii", errors="namereplace") if False else "skip", "é".encode("latin-1"), "é".encode("cp1252"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
    print(e.encoding, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
bad = b"ok \xff\xfe mid \xc3"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(errors, ascii(bad.decode("utf-8", errors)))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\xe2\x82".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(bytes(range(0xc0, 0xc8)).decode("latin-1"), b"\x80abc".decode("latin-1"))
print("\udcff".encode("utf-8", "surrogateescape"), "x\ud800".encode("utf-8", "surrogatepass"))
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("ABC".encode("utf-16"), b"\xff\xfeA\x00".decode("utf-16"), "hi".encode("utf-8-sig"))
print(b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"\xef\xbb\xbfhi".decode("utf-8") == "\ufeffhi")
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(str(b"abc"), str(b"abc", "ascii"), str(b"a\xffb", "ascii", "replace"), str(bytearray(b"zz"), "utf-8"))
print("UTF8".encode("UTF8"), "x".encode(encoding="UTF-8"), "x".encode("u8"))
b"\x80".decode("ascii")
