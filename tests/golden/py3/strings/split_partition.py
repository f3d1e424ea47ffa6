s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(None, 2))
print(s.rsplit(None, 2))
print(s.split(" "))
print(s.split(" ", 3))
print(s.rsplit(" ", 3))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 1))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("abcabcabc".split("bc"), "abcabcabc".split("abc"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("x".split("x"), "1<>2<>3".split("<>", 0), "1<>2<>3".split("<>", -1))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a\u3000b\x1fc\x85d".split())
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="), "=".partition("="))
print("abc".partition("abc"), "".partition("x"))
for bad in [("",), (5,)]:
    try:
        "abc".split(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), ", ".join(str(i) for i in range(4)))
print("\n".join(["line1", "line2"]))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
print(" | ".join(map(repr, "a b".split(" "))))
",".join([b"x"])
