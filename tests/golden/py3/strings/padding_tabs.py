for w in [0, 1, 5, 6, 11]:
    print(repr("hello".center(w)), repr("hello".ljust(w)), repr("hello".rjust(w)), repr("hello".zfill(w)))
print(repr("ab".center(7, "*")), repr("ab".center(6, "*")), repr("abc".center(6, "*")), repr("abc".center(8, "-")))
print(repr("x".ljust(4, "\u00e9")), repr("x".rjust(4, "0")))
for s in ["42", "-42", "+42", "", "-", "abc", "+-1", "3.14", "-0.5"]:
    print(repr(s), repr(s.zfill(6)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
t = "a\tbc\tdef\tghij\tk"
print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)))
print(repr("12\t\n\tx\r\ty".expandtabs(3)), repr("\t".expandtabs(-1)))
for row in [("name", "qty", "price"), ("apple", "3", "1.25"), ("kiwi", "12", "0.5")]:
    print(row[0].ljust(8, ".") + row[1].rjust(4) + row[2].center(8) + "|")
"x".ljust("5")
