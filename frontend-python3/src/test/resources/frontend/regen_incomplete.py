#!/usr/bin/env python3
"""Writes incomplete.txt: how CPython 3.11's codeop judges interactive input.

Each case is what the REPL has collected (lines joined by newlines). A line of the output is
`verdict<TAB>escaped source`, verdict one of incomplete, complete, error (a SyntaxError now),
the source with backslash, newline and tab escaped as \\\\, \\n and \\t.
Run: PYENV_VERSION=3.11.7 python regen_incomplete.py
"""
import codeop
import os
import sys
import warnings

CASES = [
    "", " ", "   ", "\n", "# comment", "# comment\n", "x = 1", "x = 1\n", "x", "1 + 2",
    "print(1)", "1 +", "1 + \\", "x = \\", "x = \\\n", "x = \\\n  1", "a b", "a b (",
    "(", "(\n", "x = (1,", "x = (1,\n", "x = (1,\n2", "x = (1,\n2)", "x = [1,\n2]",
    "{", "{1: 2,", "f(a,\n  b", "print(\"a\"", "print('a'", "'abc", "\"abc", "'''abc",
    "\"\"\"abc", "\"\"\"abc\n", "\"\"\"abc\ndef", "\"\"\"abc\"\"\"", "x = '''a\nb'''",
    "if 1:", "if 1:\n", "if 1:\n\n", "if 1:\n  pass", "if 1:\n  pass\n", "if 1:\n  pass\n\n",
    "if 1: pass", "if 1: pass\n", "if 1:\n  x\n  y", "if 1:\n  x\n  y\n", "if 1:\npass",
    "if 1:\npass\n", "if 1:\n  pass\nelse:", "if 1:\n  pass\nelse:\n  pass",
    "if 1:\n  pass\nelse:\n  pass\n", "if 1:\n  pass\nelif 2:", "if x", "if x\n",
    "for x in y:", "for x in y:\n  pass\nelse:", "for x in y:\n  pass\nelse:\n  pass\n",
    "while True:", "while True:\n  break\n", "while", "while\n",
    "def f():", "def f():\n", "def f():\n  return 1", "def f():\n  return 1\n",
    "def f(:", "def f(", "def f(\n", "def f(a,", "def f(a,\n  b):", "def f(a,\n  b):\n  pass\n",
    "def f(): return 1", "def f(): return 1\n", "async def f():", "async def f():\n  await x\n",
    "class A:", "class A:\n  pass", "class A:\n  pass\n", "class A: pass",
    "class A:\n  pass\nx", "class A:\n  def f(self):\n    pass", "class A:\n  def f(self):\n    pass\n",
    "class A:\n  def f(self):\n    pass\n\n", "class A:\n  x = 1\n\n  y = 2",
    "@dec", "@dec\n", "@dec\ndef f():", "@dec\ndef f(): pass", "@dec\ndef f(): pass\n", "@",
    "try:", "try:\n  pass", "try:\n  pass\n", "try:\n  pass\nexcept:", "try:\n  pass\nexcept:\n  pass\n",
    "try:\n  pass\nfinally:\n  pass\n", "with x:", "with x as y:\n  pass\n", "with (a,\n",
    "match x:", "match x:\n  case 1:", "match x:\n  case 1:\n    pass\n",
    "lambda", "lambda x:", "lambda x: x", "x = lambda:", "return", "yield", "break",
    "import", "import os", "from x import", "from x import (a,", "from x import (a,\n b)",
    "global", "del", "del x", "assert", "assert x,", "raise", "pass", "...", "x if y",
    "x if y else", "[x for x in", "[x for x in y", "[x for x in y]", "f'{'", "f'{x'", "f'{x}'",
    "f'''{x", "  x", "  x = 1", " \tx", "x = 1\n  y = 2", "x = 1; y = 2", "x = 1;", "x = 1\ny = 2",
    "if 1:\n  x = 1\n y = 2", "if 1:\n\tx = 1\n        y = 2\n", "x = 1 # c", "x = (1, # c",
    "x = (1, # c\n", "if 1: # c", "if 1:\n  # c", "if 1:\n  # c\n", "if 1:\n  # c\n  pass\n",
    "\\", "\\\n", "x = 1 \\", "0x", "1_", "1__0", "$", "?", "x = 1\n\n", "\n\nx = 1", "\n\nif 1:",
    "def f():\n  '''doc", "def f():\n  '''doc'''", "def f():\n  '''doc'''\n",
    "for x in range(3): print(x)", "for x in range(3): print(x)\n", "if 1:\n  if 2:\n    pass\n",
    "if 1:\n  if 2:\n    pass\n  else:", "if 1:\n  if 2:\n    pass\n  else:\n    pass\n",
    "x = [\n", "x = [\n1,\n2,\n", "x = [\n1,\n2,\n]", "print(1))", "print(1]", "x = )", "x = 1 +\n",
    "def", "def f", "def f()", "def f():\n  pass\n  ", "class", "class A", "class A(", "class A(B,",
    "elif x:", "else:", "except:", "finally:", "nonlocal x", "x: int", "x: int =", "x +=", "x += 1",
    "a, b = 1,", "a, *b = 1, 2", "*a", "print(*)", "await x", "async", "async with x:",
    "if True:\n    x = 1\n    \n", "if True:\n    x = 1\n    ", "if True:\n    x = 1\n\n    y = 2",
]


def verdict(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            code = codeop.compile_command(source, "<stdin>", "single")
        except (SyntaxError, ValueError, OverflowError):
            return "error"
    return "incomplete" if code is None else "complete"


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def main():
    if sys.version_info[:2] != (3, 11) or sys.implementation.name != "cpython":
        sys.exit("regen_incomplete.py: run it with CPython 3.11")
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "incomplete.txt")
    with open(out, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write("%s\t%s\n" % (verdict(c), escape(c)))


if __name__ == "__main__":
    main()
