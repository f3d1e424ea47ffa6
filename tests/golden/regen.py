#!/usr/bin/env python3
"""Regenerate the expected outputs (.out) of the golden corpus with CPython 3.11.

Usage: python3.11 tests/golden/regen.py [--check] [--with COMMAND] [files or dirs...]
Default: every program under tests/golden/py3. See README.md for the format.
--with COMMAND runs the programs with another implementation instead (e.g. --with ./pyxis) and
compares its output with the .out files, as --check does.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "py3")
TIMEOUT = 20


def is_program(path):
    """A program is a *.py file directly in an area directory, not starting with '_'."""
    path = os.path.abspath(path)
    name = os.path.basename(path)
    if not name.endswith(".py") or name.startswith("_"):
        return False
    area_dir = os.path.dirname(path)
    return os.path.dirname(area_dir) == ROOT


def collect(args):
    if not args:
        args = [ROOT]
    found = []
    for arg in args:
        arg = os.path.abspath(arg)
        if os.path.isdir(arg):
            for dirpath, dirnames, filenames in os.walk(arg):
                dirnames.sort()
                for fn in sorted(filenames):
                    p = os.path.join(dirpath, fn)
                    if is_program(p):
                        found.append(p)
        elif os.path.isfile(arg):
            if not is_program(arg):
                sys.exit("regen.py: not a corpus program: %s" % arg)
            found.append(arg)
        else:
            sys.exit("regen.py: no such file or directory: %s" % arg)
    return sorted(set(found))


def block(text):
    if text and not text.endswith("\n"):
        text += "\n\\ no newline at end\n"
    return text


def format_output(stdout, stderr, code):
    out = block(stdout)
    if stderr:
        out += "#### stderr ####\n" + block(stderr)
    out += "#### exit %d ####\n" % code
    return out


def run(path, command, timeout):
    directory = os.path.dirname(path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8",
               PYTHONDONTWRITEBYTECODE="1")
    with open(os.devnull, "rb") as devnull:
        proc = subprocess.run(command + [os.path.basename(path)], cwd=directory,
                              stdin=devnull, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=env, timeout=timeout)
    prefix = directory + "/"
    stdout = proc.stdout.decode("utf-8", "surrogateescape").replace(prefix, "")
    stderr = proc.stderr.decode("utf-8", "surrogateescape").replace(prefix, "")
    return format_output(stdout, stderr, proc.returncode)


def main(argv):
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen.py: must be run with CPython 3.11, not %s" % sys.version.split()[0])
    if sys.implementation.name != "cpython":
        sys.exit("regen.py: must be run with CPython, not %s" % sys.implementation.name)
    command, timeout = [sys.executable], TIMEOUT
    if "--with" in argv:
        i = argv.index("--with")
        if i + 1 >= len(argv):
            sys.exit("regen.py: --with needs a command")
        # The command's start-up and a JVM's warm-up count against the time limit too.
        command, timeout = [os.path.abspath(argv[i + 1])], 3 * TIMEOUT
        argv = argv[:i] + argv[i + 2:] + ["--check"]
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    programs = collect(args)
    written = unchanged = 0
    differ = []
    errors = []
    for path in programs:
        out_path = path[:-3] + ".out"
        try:
            text = run(path, command, timeout)
        except subprocess.TimeoutExpired:
            errors.append("%s: timed out after %d s" % (os.path.relpath(path, HERE), timeout))
            continue
        data = text.encode("utf-8", "surrogateescape")
        old = None
        if os.path.exists(out_path):
            with open(out_path, "rb") as f:
                old = f.read()
        if old == data:
            unchanged += 1
        elif check:
            differ.append(os.path.relpath(out_path, HERE))
        else:
            with open(out_path, "wb") as f:
                f.write(data)
            written += 1
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    if check:
        for d in differ:
            print("DIFFERS:", d)
        print("regen.py --check: %d programs, %d unchanged, %d differ, %d errors"
              % (len(programs), unchanged, len(differ), len(errors)))
        return 1 if differ or errors else 0
    print("regen.py: %d programs, %d written, %d unchanged, %d errors"
          % (len(programs), written, unchanged, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
