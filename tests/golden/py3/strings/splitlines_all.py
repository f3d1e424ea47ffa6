seps = ["\n", "\r", "\r\n", "\v", "\x0b", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
for sep in seps:
    s = "a" + sep + "b" + sep
    print(ascii(sep), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True) == s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "x\n\ry".splitlines(), "x\r\n\ny".splitlines(True))
print("no newline".splitlines(), "trailing\n".splitlines(True), "\r\r\n".splitlines(True))
print(b"a\nb\rc\r\nd\x85e\x0bf".splitlines(), b"x\n".splitlines(True))
print("a\nb\x85c".split("\n"), len("one\ntwo\u2028three".splitlines()))
text = "first line\nsecond\r\nthird\rfourth"
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line))
