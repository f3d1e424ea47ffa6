"""The parts of sys written in Python for Pyxis, run in the sys module's namespace after the
parts written in Java: sys.implementation, a simple namespace as in CPython. Its class is the
one the types module names SimpleNamespace (types finds it as type(sys.implementation))."""


def _simple_namespace_class():
    repr_running = []

    class SimpleNamespace:
        """A simple attribute-based namespace."""

        def __init__(self, /, *args, **kwargs):
            if args:
                raise TypeError("no positional arguments expected")
            self.__dict__.update(kwargs)

        def __repr__(self):
            name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
            if any(r is self for r in repr_running):
                return name + "(...)"
            repr_running.append(self)
            try:
                items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
            finally:
                repr_running.pop()
            return f"{name}({items})"

        def __eq__(self, other):
            if isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

        __hash__ = None

        def __reduce__(self):
            return type(self), (), self.__dict__

    SimpleNamespace.__module__ = "types"
    SimpleNamespace.__qualname__ = "SimpleNamespace"
    return SimpleNamespace


implementation = _simple_namespace_class()(name="pyxis", cache_tag=None, version=version_info,
                                           hexversion=hexversion, _multiarch="x86_64-linux-gnu")
del _simple_namespace_class

# Constants of the build CPython describes with them; Pyxis matches CPython 3.11 on Linux.
float_repr_style = "short"
api_version = 1013
abiflags = ""
platlibdir = "lib"


# Import machinery hooks: Pyxis's importer does not consult them yet.
meta_path = []
path_hooks = []
path_importer_cache = {}
pycache_prefix = None
warnoptions = []
_xoptions = {}
