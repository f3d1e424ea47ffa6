class AppError(Exception):
    code = 1
    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")

class ConfigError(AppError):
    code = 10
class MissingKey(ConfigError, KeyError):
    code = 11
class NetworkError(AppError):
    code = 20
class Timeout(NetworkError, TimeoutError):
    code = 21

def load(cfg, key):
    if key not in cfg:
        raise MissingKey(f"no key {key!r}", detail="check config file")
    return cfg[key]

def fetch(url):
    if 'slow' in url:
        raise Timeout(f"timed out fetching {url}")
    if 'bad' in url:
        raise NetworkError("bad host")
    return f"<{url}>"

print([c.__name__ for c in MissingKey.__mro__])
for action in [lambda: load({'a': 1}, 'a'), lambda: load({}, 'port'), lambda: fetch('ok.com'),
               lambda: fetch('slow.net'), lambda: fetch('bad.org')]:
    try:
        print("ok", action())
    except KeyError as e:
        print("KeyError branch:", e, "| code", e.code, "| args", e.args)
    except TimeoutError as e:
        print("TimeoutError branch:", e, isinstance(e, OSError))
    except AppError as e:
        print("AppError branch:", e, type(e).__name__)
e = MissingKey("m")
print(repr(e), str(e), e.detail, isinstance(e, LookupError))
def handler(exc):
    match exc:
        case Timeout():
            return "retry later"
        case NetworkError(code=c):
            return f"network {c}"
        case ConfigError(detail=d) if d:
            return f"config: {d}"
        case _:
            return "unknown"
print([handler(x) for x in [Timeout("t"), NetworkError("n"), MissingKey("k", detail="d"), ConfigError("c"), ValueError()]])
try:
    try:
        fetch('slow')
    except NetworkError as e:
        raise ConfigError("could not bootstrap") from e
except AppError as outer:
    print(outer, "<-", outer.__cause__, outer.__suppress_context__)
raise MissingKey("final failure", detail="uncaught")
