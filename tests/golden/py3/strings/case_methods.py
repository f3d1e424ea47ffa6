words = ["hello world", "HELLO World", "hELLo wORLD", "they're bill's friends", "ß straße",
         "ǆemal ǅ", "i̇stanbul İ", "ﬁne ﬂour", "σίσυφος ΣΊΣΥΦΟΣ", "123abc def-ghi", "", "  x  y",
         "ÀÉÎõü", "ǈ", "ŉ", "ﬃ"]
for w in words:
    print(repr(w))
    print("  ", w.upper(), "|", w.lower(), "|", w.casefold(), "|", w.title(), "|", w.swapcase(), "|", w.capitalize())
print("ß".upper(), len("ß".upper()), "ﬃ".upper(), "İ".lower(), len("İ".lower()))
print("straße".casefold() == "STRASSE".casefold(), "straße".lower() == "strasse")
print("ΑΣ".lower(), "ΑΣ Β".lower(), "Σ".lower(), "aΣb".lower())
print("hello".istitle(), "Hello World".istitle(), "Hello world".istitle(), "HELLO".isupper(), "hello1".islower())
print("".isupper(), "123".islower(), "A1".isupper(), "Ǆ".isupper(), "ǅ".istitle(), "ǅ".isupper())
print("abc".upper().lower().title().swapcase())
print("o'neil mc-donald 3rd x2y".title(), "o'neil mc-donald".capitalize())
