def parse_lines(lines):
    for number, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield number, key.strip(), value.strip()
def load(lines):
    return dict((k, v) for _, k, v in parse_lines(lines))
print(load(["a = 1", "b = 2"]))
print(load(["a = 1", "broken line", "c = 3"]))
