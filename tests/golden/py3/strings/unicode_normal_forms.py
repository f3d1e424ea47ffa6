samples = ["e\u0301", "\u00e9", "Å", "A\u030a", "\u212b", "ﬁ", "①", "ｶ", "\u1e9b\u0323"]
for s in samples:
    print(ascii(s), len(s), [hex(ord(c)) for c in s], s.upper() == s, s.isalpha(), s.encode("utf-8"))
print("e\u0301" == "\u00e9", len("👨‍👩‍👧"), [hex(ord(c)) for c in "👨‍👩‍👧"])
print(len("🇫🇷"), "🇫🇷"[0] == "\U0001f1eb", "🇫🇷"[::-1] == "\U0001f1f7\U0001f1eb")
print("ǅ".lower(), "ǅ".upper(), "ǅ".title(), "ǅ".swapcase(), "ǅ".casefold())
print("\u0130".lower().encode("utf-8"), "I".lower(), "\u0131".upper(), "ı" == "i")
print("Ω".lower(), "\u2126".lower(), "µ".upper(), "µ".casefold(), "ſ".upper(), "ſ".casefold())
s = "Ünïcödé strîng wïth àccents"
print(s.upper(), s.lower(), len(s), len(s.encode("utf-8")), len(s.encode("utf-16-le")), len(s.encode("utf-32-le")))
print(s.encode("ascii", "ignore").decode(), s.encode("ascii", "replace").decode())
print(sorted(["é", "e", "f", "E", "É", "z", "ä", "a"]))
mixed = "abc\u4e2d\u6587\u0639\u0631\u0628\u064a"
print(len(mixed), mixed[3:5], mixed[-4:], mixed.isalpha(), ascii(mixed))
print("ｈｅｌｌｏ".upper(), "ｈｅｌｌｏ".isascii(), int("４２"), float("１.５"))
print(chr(0x1F600).encode("utf-16-be"), "\U0001F600".encode("utf-32-be"), len("\U0001F600".encode("utf-16-le")))
