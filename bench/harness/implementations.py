"""The Python implementations the runner can compare, and how to find them on this machine."""
import glob
import os
import shutil
import subprocess

BASELINE = "cpython3.11"


class Implementation(object):
    """One way to run a program: a name for the table and the command line before the program.

    `missing` says why the implementation cannot run here (None when it can).
    """

    def __init__(self, name, command, missing=None, is_pyxis=False):
        self.name = name
        self.command = command
        self.missing = missing
        self.is_pyxis = is_pyxis

    def argv(self, *rest):
        return list(self.command) + list(rest)

    def version(self):
        """The implementation's own version text, one line; '?' if it does not answer."""
        flag = "-VV" if self.is_pyxis else "-c"
        rest = [] if self.is_pyxis else ["import sys; print(sys.version.replace('\\n', ' '))"]
        try:
            done = subprocess.run(self.argv(flag, *rest), capture_output=True, text=True,
                                  timeout=120)
        except (OSError, subprocess.TimeoutExpired):
            return "?"
        lines = (done.stdout or done.stderr).strip().splitlines()
        return lines[-1] if lines else "?"


def pyenv_root():
    root = os.environ.get("PYENV_ROOT")
    if root:
        return root
    pyenv = shutil.which("pyenv")
    if pyenv:
        try:
            done = subprocess.run([pyenv, "root"], capture_output=True, text=True, timeout=30)
            if done.returncode == 0 and done.stdout.strip():
                return done.stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            pass
    return os.path.expanduser("~/.pyenv")


def pyenv_python(series, executable):
    """The newest pyenv interpreter of a series ('3.11', '2.7'), or None."""
    candidates = glob.glob(os.path.join(pyenv_root(), "versions", series + ".*", "bin",
                                        executable))

    def patch_level(path):
        version = path.split(os.sep)[-3]
        tail = version[len(series) + 1:]
        return int(tail) if tail.isdigit() else -1

    candidates.sort(key=patch_level)
    return candidates[-1] if candidates else None


def all_implementations(root, pyxis_args):
    """Every implementation the runner knows, available or not, in the table's order."""
    pyxis = os.path.join(root, "pyxis")
    result = []
    for gc in ("semispace", "marksweep"):
        result.append(Implementation("pyxis-" + gc, [pyxis, "-X", "gc=" + gc] + pyxis_args,
                                     is_pyxis=True))
    cpython3 = pyenv_python("3.11", "python3.11")
    result.append(Implementation(BASELINE, [cpython3] if cpython3 else [],
                                 None if cpython3 else "no pyenv 3.11.x under " + pyenv_root()))
    cpython2 = pyenv_python("2.7", "python2.7")
    result.append(Implementation("cpython2.7", [cpython2] if cpython2 else [],
                                 None if cpython2 else "no pyenv 2.7.x under " + pyenv_root()))
    pypy = shutil.which("pypy3")
    result.append(Implementation("pypy3", [pypy] if pypy else [],
                                 None if pypy else "pypy3 is not installed"))
    return result
