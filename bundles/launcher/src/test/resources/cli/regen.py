#!/usr/bin/env python3
"""Writes cases.txt and argv.txt: what CPython 3.11's command line does, for the launcher's tests.

cases.txt: one command line per line, fields separated by tabs (backslash, newline, tab escaped):
    name, args (joined by \\x1f), stdin, stdout, stderr, exit status
Every case runs in a fresh temporary directory holding FILES (also written to files/); in args and outputs that directory
is written {dir} and the interpreter's path {prog} (also in "Try `python -h'", where Pyxis names
itself).

argv.txt: `args<TAB>sys.argv` (args joined by \\x1f, sys.argv as repr) for command lines whose
options the launcher parses itself; stdin holds the same program as -c.
Run: PYENV_VERSION=3.11.7 python regen.py
"""
import os
import subprocess
import sys
import tempfile

FILES = {
    "syntax.py": "x = 1\nif x\n    pass\n",
    "indent.py": "def f():\nreturn 1\n",
    "unclosed.py": "print('a',\n      'b'\n",
    "exits.py": "raise SystemExit(7)\n",
    "sub/empty.txt": "",
}

CASES = [
    ("version", ["-V"], ""),
    ("version-long-option", ["--version"], ""),
    ("version-wins-over-program", ["-V", "-c", "raise SystemExit(3)"], ""),
    ("version-after-command-is-argv", ["-c", "raise SystemExit(3)", "-V"], ""),
    ("unknown-short-option", ["-Q"], ""),
    ("unknown-in-group", ["-iQ"], ""),
    ("unknown-long-option", ["--bogus"], ""),
    ("c-needs-argument", ["-c"], ""),
    ("m-needs-argument", ["-m"], ""),
    ("X-needs-argument", ["-X"], ""),
    ("W-needs-argument", ["-W"], ""),
    ("missing-script", ["{dir}/missing.py"], ""),
    ("directory-without-main", ["{dir}/sub"], ""),
    ("script-syntax-error", ["{dir}/syntax.py"], ""),
    ("script-indentation-error", ["{dir}/indent.py"], ""),
    ("script-unclosed-bracket", ["{dir}/unclosed.py", "arg"], ""),
    ("script-exit-status", ["{dir}/exits.py"], ""),
    ("command-syntax-error", ["-c", "x = ("], ""),
    ("command-exit-status", ["-c", "raise SystemExit(3)"], ""),
    ("command-exit-zero", ["-c", "raise SystemExit(0)"], ""),
    ("command-accepted-flags", ["-E", "-s", "-S", "-B", "-O", "-q", "-I", "-u", "-c", "pass"], ""),
    ("command-grouped-flags", ["-BsSuc", "pass"], ""),
    ("command-x-options", ["-X", "gc=marksweep", "-Xdev", "-c", "pass"], ""),
    ("stdin-program-syntax-error", [], "x = 1\ny = (\n"),
    ("stdin-dash-exit-status", ["-", "a"], "raise SystemExit(4)\n"),
    ("stdin-empty-program", [], ""),
    ("interactive-piped-syntax-error", ["-q", "-i"], "x = (1,\n"),
    ("interactive-piped-bad-statement", ["-q", "-i"], "1 +\nraise SystemExit(6)\n"),
    ("interactive-piped-exit", ["-q", "-i"], "raise SystemExit(5)\n"),
    ("interactive-after-command", ["-i", "-c", "x = 1"], ""),
    ("interactive-continuation-then-eof", ["-q", "-i"], "if 1:\n  x = 1\n"),
]

ARGV = [
    ["-c", "import sys; print(sys.argv)"],
    ["-c", "import sys; print(sys.argv)", "a", "-b", "--c", "-"],
    ["-Bc", "import sys; print(sys.argv)", "x"],
    ["-cimport sys; print(sys.argv)", "-V"],
    ["-u", "-X", "dev", "-W", "ignore", "-c", "import sys; print(sys.argv)", "--"],
    ["-", "a", "-c", "b"],
    ["{dir}/argv.py", "-i", "--version"],
    ["-B", "{dir}/argv.py"],
    ["--", "{dir}/argv.py", "--"],
]


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def run(args, stdin, directory):
    real = [a.replace("{dir}", directory) for a in args]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
    proc = subprocess.run([sys.executable] + real, input=stdin.encode(), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, cwd=directory, env=env, timeout=20)

    def norm(b):
        # Pyxis names itself in "Try `pyxis -h'" where CPython always says python.
        return (b.decode("utf-8").replace(directory, "{dir}").replace(sys.executable, "{prog}")
                .replace("Try `python -h'", "Try `{prog} -h'"))
    return norm(proc.stdout), norm(proc.stderr), proc.returncode


def make_files(directory):
    for name, text in FILES.items():
        path = os.path.join(directory, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(directory, "argv.py"), "w", encoding="utf-8") as f:
        f.write("import sys\nprint(sys.argv)\n")


def main():
    if sys.version_info[:2] != (3, 11) or sys.implementation.name != "cpython":
        sys.exit("regen.py: run it with CPython 3.11")
    here = os.path.dirname(os.path.abspath(__file__))
    make_files(os.path.join(here, "files"))
    with open(os.path.join(here, "cases.txt"), "w", encoding="utf-8") as out:
        for name, args, stdin in CASES:
            with tempfile.TemporaryDirectory() as d:
                d = os.path.realpath(d)
                make_files(d)
                stdout, stderr, code = run(args, stdin, d)
            out.write("\t".join([name, escape("\x1f".join(args)), escape(stdin), escape(stdout),
                                 escape(stderr), str(code)]) + "\n")
    with open(os.path.join(here, "argv.txt"), "w", encoding="utf-8") as out:
        for args in ARGV:
            with tempfile.TemporaryDirectory() as d:
                d = os.path.realpath(d)
                make_files(d)
                stdout, stderr, code = run(args, "import sys; print(sys.argv)\n", d)
            if code != 0:
                sys.exit("regen.py: %r failed: %s" % (args, stderr))
            out.write(escape("\x1f".join(args)) + "\t" + escape(stdout.strip()) + "\n")


if __name__ == "__main__":
    main()
