s = "hello"
for fn in [lambda: s + 1, lambda: s * "2", lambda: s * 1.5, lambda: s - "h", lambda: s.index("z"),
           lambda: s.center(), lambda: s.split(1), lambda: s.join([1]), lambda: s.encode(5),
           lambda: s.startswith(1), lambda: "".join(None), lambda: s.replace("l"), lambda: s.zfill("3"),
           lambda: s.count(), lambda: s.find(b"l"), lambda: s[1:2:0], lambda: str.upper(5), lambda: s < None,
           lambda: "%d" % s, lambda: "{:d}".format(s), lambda: s.removeprefix(None), lambda: s.expandtabs("4"),
           lambda: ord(s), lambda: s.strip(1), lambda: s.partition(None), lambda: s.splitlines("x")]:
    try:
        fn()
        print("no error")
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(s.__getitem__(-1), s.__len__(), "x".__mul__(-1), "ab".__rmul__(2))
print(s in "say hello", s not in "help", "" in s, s.__contains__("ell"))
"abc" + None
