samples = ["abc", "ABC", "abc123", "123", "١٢٣", "½", "²", "Ⅷ", "  ", "\t\n", "", "a b", "é",
           "\u00e9".upper(), "_id", "if", "1abc", "abc_1", "\u0663", "x\u0301", "日本", "\x00", "~",
           "𝟘𝟙", "ⅷ", "\u2028", "A\u0300", "0x1f", "-1", "3.0", "\U0001f600"]
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isidentifier",
         "isprintable", "isascii", "islower", "isupper", "istitle"]
print(" ".join(p[2:6] for p in preds))
for s in samples:
    flags = "".join("T" if getattr(s, p)() else "." for p in preds)
    print(flags, ascii(s))
print(int("١٢٣"), int("𝟘𝟙" + "9"), float("٣.٥"))
try:
    int("½")
except ValueError as e:
    print("ValueError:", e)
try:
    int("²")
except ValueError as e:
    print("ValueError:", e)
