#!/usr/bin/env python3
"""Writes errors.txt: the SyntaxError CPython 3.11 raises for each source compiled as a file.

The source is compiled from a file, so that errors found after parsing carry the file's line as
CPython shows it for a script. A line is `type<TAB>msg<TAB>lineno<TAB>offset<TAB>end_lineno<TAB>end_offset<TAB>text<TAB>source`
with backslash, newline and tab escaped in text and source; missing or negative positions as 0,
text without its line ending.
Run: PYENV_VERSION=3.11.7 python regen_errors.py
"""
import os
import sys
import tempfile

CASES = [
    "x = (1,\n", "def f(:\n    pass\n", "if x\n    pass\n", "x = 1 +\n", "print 'a'\n",
    "  x = 1\n", "if 1:\npass\n", "for x in range(3):\n    print(x)\n  y = 1\n",
    "x = 'abc\n", "x = \"\"\"abc\n", "a b\n", "f(a for a in b, c)\n", "x = 1\ndel f()\n",
    "def f():\n    return\n    nonlocal x\n", "class A:\n    def f(self) -> int\n        pass\n",
    "x = [1, 2\ny = 3\n", "1 = x\n", "f() = 1\n", "x += 1 = 2\n", "lambda: (yield)\nbreak\n",
    "def f(a, a):\n    pass\n", "x = 0777\n", "x = 1__0\n", "s = f'{'\n", "import a.b as\n",
    "x = $\n", "é = 1\nprint(é))\n",
]


def fields(source, directory):
    path = os.path.join(directory, "t.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    try:
        compile(source, path, "exec")
    except SyntaxError as e:
        def num(v):
            return 0 if v is None or v < 0 else v
        text = (e.text or "").rstrip("\r\n")
        return [type(e).__name__, e.msg, str(num(e.lineno)), str(num(e.offset)),
                str(num(e.end_lineno)), str(num(e.end_offset)), escape(text), escape(source)]
    sys.exit("regen_errors.py: no SyntaxError for %r" % source)


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def main():
    if sys.version_info[:2] != (3, 11) or sys.implementation.name != "cpython":
        sys.exit("regen_errors.py: run it with CPython 3.11")
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "errors.txt")
    with tempfile.TemporaryDirectory() as tmp, open(out, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write("\t".join(fields(c, tmp)) + "\n")


if __name__ == "__main__":
    main()
