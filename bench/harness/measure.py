"""Runs one process and measures it: wall time, peak resident memory, exit, output.

Peak RSS comes from GNU time (/usr/bin/time) when it is installed. Asking the kernel directly
(wait4 on our own child) would be wrong: a child's peak RSS starts at the RSS of the process
it was forked from, and exec keeps it, so every child of this runner (about 20 MiB of CPython)
would report at least that much. GNU time is small and forks the measured program itself.
Without it, the wait4 figure is used and marked as an upper bound.
"""
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time


def find_gnu_time():
    """The path of GNU time if it works here (BSD time has no -f), else None."""
    path = shutil.which("time", path="/usr/bin:/bin:/usr/local/bin")
    if path is None:
        return None
    try:
        done = subprocess.run([path, "-f", "%M", "true"], capture_output=True, text=True,
                              timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return path if done.returncode == 0 and done.stderr.strip().isdigit() else None


GNU_TIME = find_gnu_time()


def exact_rss():
    """True when peak RSS figures are the program's own (GNU time is available)."""
    return GNU_TIME is not None


class Outcome(object):
    """What one process did. rss_mib is its peak resident set (ru_maxrss from wait4)."""

    def __init__(self, wall, rss_mib, status, stdout, stderr, timed_out):
        self.wall = wall
        self.rss_mib = rss_mib
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out


def run_measured(argv, timeout, cwd=None):
    """Runs argv to its end (or kills it after timeout seconds) and measures it.

    Output goes to temporary files rather than pipes, so that nothing reads concurrently with
    the measured process; wait4 gives the child's own resource usage (not the runner's).
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(mode="r") as usage_file:
        if GNU_TIME:
            argv = [GNU_TIME, "-f", "%M", "-o", usage_file.name] + list(argv)
        started = time.perf_counter()
        # A session of its own, so that a timeout kills every process it started.
        process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                   cwd=cwd, start_new_session=True)
        expired = threading.Event()

        def kill():
            expired.set()
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, wait_status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(wait_status)
        out.seek(0)
        err.seek(0)
        rss_kib = usage.ru_maxrss
        if GNU_TIME:
            # GNU time writes "Command exited with non-zero status N" before the figure.
            lines = usage_file.read().split()
            rss_kib = int(lines[-1]) if lines and lines[-1].isdigit() else 0
        return Outcome(wall, rss_kib / 1024.0, process.returncode,
                       out.read().decode("utf-8", "replace"),
                       err.read().decode("utf-8", "replace"), expired.is_set())
