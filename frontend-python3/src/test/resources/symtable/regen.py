#!/usr/bin/env python3
"""Write CPython 3.11's symbol tables for the symbol-table test corpus.

Usage: python3.11 regen.py   (run from anywhere)

Inputs: cases/*.py (focused programs) and every program (*.py, helpers included) under
tests/golden/py3. For each input, writes an expected file: cases/<name>.symtable, or
golden/<path relative to tests/golden/py3>.symtable. Inputs that do not parse are skipped.

Format: one line per table, "<indent><type> <name> <lineno>", then one line per symbol in
name order, "<indent>  <name> <scope> <flags>", where scope is CPython's scope number
(1 local, 2 global explicit, 3 global implicit, 4 free, 5 cell) and flags the definition
bits (1 global, 2 local, 4 param, 8 nonlocal, 16 use, 32 free, 64 free-class, 128 import,
256 annotated, 512 comprehension iteration). Children follow their parent, two spaces deeper.
A symtable SyntaxError is written as "SyntaxError <lineno> <offset> <end_lineno> <end_offset> <msg>".
"""
import ast
import os
import symtable
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "..", "tests", "golden", "py3"))


def dump(table, indent, out):
    out.append(f"{indent}{table.get_type()} {table.get_name()} {table.get_lineno()}")
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        flags = sym._Symbol__flags
        out.append(f"{indent}  {sym.get_name()} {(flags >> 11) & 7} {flags & 0x7ff}")
    for child in table.get_children():
        dump(child, indent + "  ", out)


def expected(path):
    with open(path, "rb") as f:
        src = f.read()
    try:
        ast.parse(src, path)
    except SyntaxError:
        return None
    out = []
    try:
        dump(symtable.symtable(src.decode("utf-8"), os.path.basename(path), "exec"), "", out)
    except SyntaxError as e:
        out = [f"SyntaxError {e.lineno} {e.offset} {e.end_lineno} {e.end_offset} {e.msg}"]
    return "\n".join(out) + "\n"


def write(path, target):
    text = expected(path)
    if text is None:
        return
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run with CPython 3.11")
    cases = os.path.join(HERE, "cases")
    for name in sorted(os.listdir(cases)):
        if name.endswith(".py"):
            write(os.path.join(cases, name), os.path.join(cases, name[:-3] + ".symtable"))
    for dirpath, dirnames, filenames in os.walk(GOLDEN):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".py"):
                src = os.path.join(dirpath, name)
                rel = os.path.relpath(src, GOLDEN)
                write(src, os.path.join(HERE, "golden", rel[:-3] + ".symtable"))


main()
