s = "xxhello worldxx"
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()))
print(s.strip("x"), s.lstrip("x"), s.rstrip("x"), s.strip("xdh"), "\t\n ws \r\x0b\x0c".strip())
print("www.example.com".strip("cmowz."), "".strip(), "aaaa".strip("a") == "")
t = "abracadabra"
print(t.find("a"), t.find("a", 1), t.find("a", 1, 3), t.find("z"), t.rfind("a"), t.rfind("a", 0, 9))
print(t.find(""), t.find("", 5), t.find("", 20), t.rfind(""), t.find("bra", -4), t.find("a", -100, -8))
print(t.index("cad"), t.rindex("bra"), t.count("a"), t.count("a", 4), t.count("a", 4, 8), t.count(""))
print("aaaa".count("aa"), "".count(""), "abc".count("", 1), t.count("bra", -4))
for fn in [t.index, t.rindex]:
    try:
        fn("zz")
    except ValueError as e:
        print("ValueError:", e)
print(t.replace("a", "A"), t.replace("a", "A", 2), t.replace("a", "A", 0), t.replace("a", "A", -1))
print(t.replace("", "-"), "".replace("", "x"), t.replace("", "|", 3), t.replace("abra", ""))
print("aaa".replace("a", "aa"), "abc".replace("abc", ""), "ab".replace("b", "\u00e9\U0001f600"))
print(t.startswith("abr"), t.startswith(("x", "ab")), t.startswith("cad", 4), t.startswith("cad", 4, 6))
print(t.endswith("bra"), t.endswith(("zz", "ra")), t.endswith("abra", 0, 4), t.endswith(()))
print("".startswith(""), "a".startswith("", 1), "a".startswith("", 2))
try:
    t.startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
print("prefix_body_suffix".removeprefix("prefix_"), "x".removeprefix("y"), "abab".removeprefix("ab"))
print("prefix_body_suffix".removesuffix("_suffix"), "abc".removesuffix(""), "abab".removesuffix("ab"))
print("hello"[10:], "hello".find("l", 2, 3))
t.index("q", 2)
