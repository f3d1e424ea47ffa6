pairs = [("a", "b"), ("abc", "abd"), ("abc", "ab"), ("", "a"), ("Z", "a"), ("é", "z"), ("\U0001f600", "\uffff"),
         ("a", "a"), ("10", "9"), ("B", "b"), ("ss", "ß"), ("\x00", "")]
for a, b in pairs:
    print(ascii(a), ascii(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print(sorted(["banana", "Banana", "apple", "Äpple", "zebra", "éclair", "10", "9", "", " "]))
print("abc" == "abc", "a" == 97, "1" == 1, "a" != b"a")
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
reprs = ["simple", "it's", 'say "x"', "both ' \"", "back\\slash", "nl\ncr\rtab\t", "\x00\x01\x1f\x7f",
         "\x80\x9f\xa0\xa1", "é\u0100", "\u2028\u2029", "\ufeff", "\ud83d", "\U0001f600", "\U000e0001", "'", '"', ""]
for r in reprs:
    print(repr(r), ascii(r), len(repr(r)))
print(str("x"), str(), str(5), str(None), str([1, "a"]), str(("é",)))
print("%r %s %a" % ("é'", "é'", "é'"))
print(repr("a" * 3), repr('"\''), eval(repr('"\'')) == '"\'')
