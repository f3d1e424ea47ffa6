"""Regenerates the expected parser outputs from CPython 3.11 (run: PYENV_VERSION=3.11.7 python regen.py).

For every input (cases/*.py, errors/*.py written for the parser tests, and every program of the
golden corpus tests/golden/py3/<area>/*.py) it writes expected/<group>/<name>.ast with
ast.dump(tree, include_attributes=True) when CPython parses it, or expected/<group>/<name>.err
with the SyntaxError's type, msg, lineno, offset, end_lineno and end_offset (one per line) when
parsing fails.
"""
import ast
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..', '..'))
OUT = os.path.join(HERE, 'expected')

assert sys.version_info[:2] == (3, 11), 'run with CPython 3.11'


def inputs():
    for group in ('cases', 'errors'):
        d = os.path.join(HERE, group)
        for name in sorted(os.listdir(d)):
            if name.endswith('.py'):
                yield group, name, os.path.join(d, name)
    golden = os.path.join(ROOT, 'tests', 'golden', 'py3')
    for area in sorted(os.listdir(golden)):
        d = os.path.join(golden, area)
        for name in sorted(os.listdir(d)):
            if name.endswith('.py'):
                yield 'golden/' + area, name, os.path.join(d, name)


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    for group, name, path in inputs():
        with open(path, 'rb') as f:
            src = f.read()
        base = os.path.join(OUT, group, name[:-3])
        os.makedirs(os.path.dirname(base), exist_ok=True)
        try:
            tree = compile(src, '<unknown>', 'exec', ast.PyCF_ONLY_AST)
        except SyntaxError as e:
            fields = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
            with open(base + '.err', 'w', encoding='utf-8', newline='\n') as f:
                f.write('\n'.join(str(x) for x in fields) + '\n')
            continue
        with open(base + '.ast', 'w', encoding='utf-8', newline='\n') as f:
            f.write(ast.dump(tree, include_attributes=True) + '\n')


if __name__ == '__main__':
    main()
