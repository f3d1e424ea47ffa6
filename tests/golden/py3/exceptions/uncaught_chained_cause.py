class ConfigError(Exception):
    pass
def to_number(text):
    try:
        return float(text)
    except ValueError as exc:
        raise ConfigError("not a number: " + text) from exc
def read_all(values):
    return [to_number(v) for v in values]
print(read_all(["1.5", "2"]))
read_all(["3", "x"])
