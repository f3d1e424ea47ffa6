e = SyntaxError("invalid syntax", ("<string>", 1, 3, "x = 1", 1, 4))
print(str(e), repr(e))
e = SyntaxError("m", ("f.py", 3, 1, "t"))
print(str(e))
print(str(SyntaxError("m", (None, 3, 1, "t"))), str(SyntaxError("m", ("a/b/f.py", None, 1, "t"))), str(SyntaxError("only")), str(SyntaxError()))
print(str(IndentationError("bad", ("x.py", 2, 1, "  b\n"))))
try:
    eval("x = 1")
except SyntaxError as e:
    print(e.args, str(e))
try:
    eval("1 +* 2")
except SyntaxError as e:
    print(e)
def f():
    exec("x = (1,\n 2")
f()
