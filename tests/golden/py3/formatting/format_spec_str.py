for s in ["", "a", "hello", "héllo", "\U0001f600x"]:
    print(repr(format(s, "")), repr(format(s, "8")), repr(format(s, "<8")), repr(format(s, ">8")),
          repr(format(s, "^8")), repr(format(s, "*^9")), repr(format(s, ".3")), repr(format(s, "8.2")),
          repr(format(s, "-<7.1s")), repr(format(s, "s")))
print(repr(format("x", "\u00e9^5")), repr(format("ab", "{^6")), repr(format("ab", "}<4")), repr(format("ab", "0>4")))
print(repr(format("ab", "04")) if False else "skip", repr(f"{'tight':3}"), repr(f"{'w':{'>'}{10}}"))
for spec in ["d", "+", "=5", ",", "#", "x", ".2f", " "]:
    try:
        print(repr(format("str", spec)))
    except ValueError as e:
        print("ValueError:", e)
print(repr(format(None, "")), repr(format([1, 2], "")))
try:
    format(None, ">10")
except TypeError as e:
    print("TypeError:", e)
print(format("tail", "z"))
