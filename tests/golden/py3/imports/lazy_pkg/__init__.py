loaded = []
def __getattr__(name):
    if name == "dynamic":
        return "module __getattr__ provided " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["dynamic", "loaded"]
