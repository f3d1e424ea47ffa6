s = "abc" 'def' """ghi""" '''jkl'''
print(s)
print("one"
      "two"
      "three")
print(r"\n" "\n" == "\\n\n", len(r"\t" "x"))
name = "w"
print(f"{name}" "-plain-" f"{name!r}" "{literal}")
print("a" f"{'b'}" r"\c" "d")
print(b"ab" b'cd' rb"\x" br'\y')
try:
    eval('"str" b"bytes"')
except SyntaxError as e:
    print("SyntaxError:", e.msg)
parts = ("first "
         # comment between parts
         "second "
         "third")
print(parts)
print(("x" "y") * 2, "x" "y" * 2)
print(["a" "b", "c"], len(["a" "b", "c"]))
def doc():
    "Docstring " "in pieces"
print(doc.__doc__)
print("tab\there" '\x41\u0042\N{LATIN SMALL LETTER C}' "\101")
print('''multi
line''' "joined")
t = ("a"
"b")
print(t)
