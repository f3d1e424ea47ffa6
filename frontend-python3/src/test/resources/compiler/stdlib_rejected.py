#!/usr/bin/env python3
"""List the .py files of this CPython 3.11's library that CPython itself does not compile.

Usage: python3.11 stdlib_rejected.py > stdlib-rejected.txt
StdlibCompileTest expects every other file to compile; paths are relative to the Lib directory.
"""
import os
import sysconfig

LIB = sysconfig.get_paths()["stdlib"]
for dirpath, dirnames, filenames in os.walk(LIB):
    dirnames.sort()
    if "site-packages" in dirnames:
        dirnames.remove("site-packages")
    for name in sorted(filenames):
        if name.endswith(".py"):
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                src = f.read()
            try:
                compile(src, path, "exec", dont_inherit=True)
            except (SyntaxError, ValueError):
                print(os.path.relpath(path, LIB))
