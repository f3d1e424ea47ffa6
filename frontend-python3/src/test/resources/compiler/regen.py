#!/usr/bin/env python3
"""Write what CPython 3.11's compile() reports for the compiler test corpus.

Usage: python3.11 regen.py   (run from anywhere)

Inputs: programs/*.py and errors/*.py here, and every *.py under tests/golden/py3. Inputs
that do not parse (ast.parse fails) are skipped: their errors belong to the parser.
For each input, writes expected/<group>/<path>.compile: the SyntaxWarnings compile() emits, one
line each ("warning <category> <lineno> <message>"), then either
"SyntaxError <lineno> <offset> <end_lineno> <end_offset> <msg>" or "ok" followed by one line
per code object (depth-first, in constant order):
"code <qualname> <firstlineno> <argcount> <posonly> <kwonly> <flags> <docstring or None>
 varnames=<...> cellvars=<...> freevars=<...>". Only code objects that live instructions load
are listed: which constants of dead code CPython keeps is an artefact of its optimizer.
"""
import ast
import dis
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "..", "tests", "golden", "py3"))


def expected(path):
    with open(path, "rb") as f:
        src = f.read()
    try:
        ast.parse(src, path)
    except SyntaxError:
        return None
    out = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            code = compile(src, os.path.basename(path), "exec", dont_inherit=True)
            result = "\n".join(["ok"] + describe(code))
        except SyntaxError as e:
            result = f"SyntaxError {e.lineno} {e.offset} {e.end_lineno} {e.end_offset} {e.msg}"
    for w in caught:
        if issubclass(w.category, SyntaxWarning):
            out.append(f"warning {w.category.__name__} {w.lineno} {w.message}")
    out.append(result)
    return "\n".join(out) + "\n"


def describe(code):
    lines = []

    def walk(co):
        doc = co.co_consts[0] if co.co_consts and isinstance(co.co_consts[0], str) and co.co_flags & 1 else None
        lines.append(f"code {co.co_qualname} {co.co_firstlineno} {co.co_argcount} {co.co_posonlyargcount} "
                     f"{co.co_kwonlyargcount} {co.co_flags} {doc!r} varnames={','.join(co.co_varnames)} "
                     f"cellvars={','.join(co.co_cellvars)} freevars={','.join(co.co_freevars)}")
        for ins in dis.get_instructions(co):
            if ins.opname == "LOAD_CONST" and hasattr(ins.argval, "co_code"):
                walk(ins.argval)

    walk(code)
    return lines


def write(src, target):
    text = expected(src)
    if text is None:
        return
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run with CPython 3.11")
    for group in ("programs", "errors"):
        d = os.path.join(HERE, group)
        for name in sorted(os.listdir(d)):
            if name.endswith(".py"):
                write(os.path.join(d, name), os.path.join(HERE, "expected", group, name[:-3] + ".compile"))
    for dirpath, dirnames, filenames in os.walk(GOLDEN):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".py"):
                src = os.path.join(dirpath, name)
                rel = os.path.relpath(src, GOLDEN)
                write(src, os.path.join(HERE, "expected", "golden", rel[:-3] + ".compile"))


main()
