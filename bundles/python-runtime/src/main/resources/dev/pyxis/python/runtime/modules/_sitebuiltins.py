"""The builtins that CPython's site module adds, written for Pyxis: exit and quit. Also the
coroutine behind anext(iterator, default)."""

import builtins


class Quitter:
    """exit() and quit(): a name to call that ends the program with SystemExit."""

    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return f"Use {self.name}() or {self.eof} to exit"

    def __call__(self, code=None):
        raise SystemExit(code)


builtins.exit = Quitter("exit", "Ctrl-D (i.e. EOF)")
builtins.quit = Quitter("quit", "Ctrl-D (i.e. EOF)")


async def _anext_or_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
