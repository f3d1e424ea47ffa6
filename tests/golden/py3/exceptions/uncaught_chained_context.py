def load(config, key):
    try:
        return config[key]
    except KeyError:
        raise RuntimeError(f"missing setting {key!r}")
settings = {"debug": True}
print(load(settings, "debug"))
load(settings, "port")
