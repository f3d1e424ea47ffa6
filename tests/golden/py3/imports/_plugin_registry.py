__all__ = ['register', 'get', 'available']
_registry = {}
load_count = 0
load_count += 1

def register(name):
    def deco(fn):
        if name in _registry:
            raise KeyError(f"plugin {name!r} already registered")
        _registry[name] = fn
        return fn
    return deco

def get(name):
    try:
        return _registry[name]
    except KeyError:
        raise LookupError(f"no plugin named {name!r}; available: {available()}") from None

def available():
    return sorted(_registry)
