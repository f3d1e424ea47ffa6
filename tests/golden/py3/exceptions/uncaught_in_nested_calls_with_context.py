def parse_record(line):
    name, value = line.split('=')
    return name.strip(), int(value)

def load(lines):
    out = {}
    for n, line in enumerate(lines, 1):
        try:
            k, v = parse_record(line)
        except ValueError as e:
            raise RuntimeError(f"line {n}: cannot parse {line!r}") from e
        out[k] = v
    return out

print(load(["a = 1", "b=2"]))
try:
    load(["a=1", "oops"])
except RuntimeError as e:
    print(e, "| cause:", e.__cause__)

def cleanup(resources):
    try:
        return sum(resources) / len(resources)
    except ZeroDivisionError:
        resources.append(None)
        return sum(resources)

print(cleanup([2, 4]))
cleanup([])
