# unicode-escape and raw-unicode-escape, their errors, and codecs that are not text encodings.
def show(label, f):
    try:
        print(label, repr(f()))
    except UnicodeError as e:
        print(label, type(e).__name__ + ":", e, (e.start, e.end))
    except LookupError as e:
        print(label, "LookupError:", e)


text = "tab\there 'q' \"d\" back\\slash \x00\x7f\xe9 \u20ac \U0001F600"
esc = text.encode("unicode_escape")
raw = text.encode("raw_unicode_escape")
print(esc)
print(raw)
print(esc.decode("unicode_escape") == text, raw.decode("raw_unicode_escape") == text)
print(b"line\\nnext\\x41\\101\\u00e9\\N{EURO SIGN}".decode("unicode-escape"))
for data in [b"\\x4", b"\\u12", b"\\U0011ffff", b"\\N{nope}", b"\\N{", b"end\\"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace"]:
        show((data, errors), lambda: data.decode("unicode_escape", errors))
for data in [b"\\u0041\\\\u0041\\\\\\u0041", b"\\x41\\n", b"\\uzz", b"\\U00110000"]:
    show(data, lambda: data.decode("raw_unicode_escape"))
show("bad handler", lambda: b"\\x4".decode("unicode_escape", "bogus"))
show("surrogate", lambda: "\udcff".encode("unicode_escape"))
for name in ["rot13", "ROT-13", "base64", "hex", "zlib", "quoted-printable", "no-such-codec"]:
    show(("encode", name), lambda: "abc".encode(name))
    show(("decode", name), lambda: b"abc".decode(name))
print(b"\\d".decode("unicode_escape"))
