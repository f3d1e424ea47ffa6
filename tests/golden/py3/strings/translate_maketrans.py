t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "AB", "xyz")
print(sorted(t2.items()), "abxyzab!".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "CC", "d": 100})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): "L" * 3, ord("o"): None}), "hello".translate({}))
class Table:
    def __getitem__(self, k):
        if k == ord("e"):
            return "3"
        raise LookupError(k)
print("geese".translate(Table()))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World! 123"
print(msg.translate(rot13), msg.translate(rot13).translate(rot13) == msg)
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"))
for args in [("ab", "x"), ({"ab": 1},), (1,), ({1.5: "x"},)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    "abc".translate({ord("a"): 1.5})
except TypeError as e:
    print("TypeError:", e)
print("abc".translate({ord("a"): 0x1F600}))
"abc".translate({ord("a"): 0x110000})
