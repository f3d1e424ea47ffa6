"""Regenerates bench/python/checksums.json: each program's checksum on CPython 3.11.

Run with CPython 3.11 (PYENV_VERSION=3.11.7 python bench/harness/regen_checksums.py) after
changing a program's work. One iteration each; the runner expects the same on every
implementation.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(os.path.dirname(HERE), "python")


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11, not %s" % sys.version.split()[0])
    checksums = {}
    for name in sorted(os.listdir(PROGRAMS)):
        if not name.endswith(".py") or name.startswith("_"):
            continue
        done = subprocess.run([sys.executable, os.path.join(PROGRAMS, name), "1"],
                              capture_output=True, text=True, check=True)
        lines = [l for l in done.stdout.splitlines() if l.startswith("bench-checksum ")]
        checksums[name[:-3]] = lines[-1][len("bench-checksum "):]
        print("%-16s %s" % (name[:-3], checksums[name[:-3]]))
    with open(os.path.join(PROGRAMS, "checksums.json"), "w") as sink:
        json.dump(checksums, sink, indent=1, sort_keys=True)
        sink.write("\n")


if __name__ == "__main__":
    main()
