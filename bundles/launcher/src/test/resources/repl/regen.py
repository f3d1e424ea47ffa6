#!/usr/bin/env python3
"""Writes transcript-NAME.txt: the screen of CPython 3.11's interactive prompt in a terminal after
the keys of keys-NAME.txt, typed through tmux as ReplTerminalTest types them for Pyxis.

keys-NAME.txt: one step per line, tmux send-keys arguments separated by |; after each step the driver
waits until the screen has been still for a moment. The command runs as `cmd; echo EXIT=$?; sleep 600` (the pane stays after the exit).
Run: PYENV_VERSION=3.11.7 python regen.py
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

WIDTH, HEIGHT = 100, 40
STILL = 0.4
TIMEOUT = 15
SESSIONS = ["editing", "traceback"]


def tmux(socket, *args):
    return subprocess.run(["tmux", "-L", socket] + list(args), check=True,
                          stdout=subprocess.PIPE).stdout.decode()


def screen(socket):
    return tmux(socket, "capture-pane", "-p", "-t", "repl")


def settle(socket):
    last, since, start = None, time.time(), time.time()
    while time.time() - start < TIMEOUT:
        now = screen(socket)
        if now != last:
            last, since = now, time.time()
        elif time.time() - since >= STILL:
            return now
        time.sleep(0.05)
    return last


def main():
    if sys.version_info[:2] != (3, 11) or sys.implementation.name != "cpython":
        sys.exit("regen.py: run it with CPython 3.11")
    here = os.path.dirname(os.path.abspath(__file__))
    for name in SESSIONS:
        session(here, name)


def session(here, name):
    socket = "pyxis-regen-%d" % os.getpid()
    home = tempfile.mkdtemp()
    command = "env HOME=%s PYTHONSTARTUP= %s -q; echo EXIT=$?; sleep 600" % (home, sys.executable)
    tmux(socket, "new-session", "-d", "-s", "repl", "-x", str(WIDTH), "-y", str(HEIGHT), command)
    try:
        settle(socket)
        with open(os.path.join(here, "keys-%s.txt" % name), encoding="utf-8") as f:
            for line in f:
                for key in line.rstrip("\n").split("|"):
                    tmux(socket, "send-keys", "-t", "repl", key)
                text = settle(socket)
        lines = [l.rstrip() for l in text.split("\n")]
        while lines and not lines[-1]:
            lines.pop()
        with open(os.path.join(here, "transcript-%s.txt" % name), "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"])
        shutil.rmtree(home)


if __name__ == "__main__":
    main()
