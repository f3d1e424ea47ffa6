"""The builtins that CPython's site module adds, written for Pyxis: exit, quit and help. Also
the coroutine behind anext(iterator, default)."""

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


class Helper:
    """help(): the standard library's pydoc when it can be imported; without it, help(object)
    prints the object's docstring."""

    def __repr__(self):
        return "Type help() for interactive help, or help(object) for help about object."

    def __call__(self, *args, **kwargs):
        try:
            import pydoc
        except ImportError:
            if len(args) != 1 or kwargs:
                raise
            what = args[0]
            doc = getattr(what, "__doc__", None)
            name = getattr(what, "__qualname__", None) or getattr(what, "__name__", None) or type(what).__name__
            print(f"Help on {name}:\n")
            print(doc if isinstance(doc, str) else "(no documentation)")
            return None
        return pydoc.help(*args, **kwargs)


builtins.help = Helper()


async def _anext_or_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
