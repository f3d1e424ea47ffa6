# Methods that return their receiver unchanged keep a str/bytes subclass; the others give str.
class Tag(str):
    pass


class Blob(bytes):
    pass


t = Tag("ab c")
results = {
    "format": t.format(), "format_map": t.format_map({}), "percent": t % (),
    "partition": t.partition("z")[0], "rpartition": t.rpartition("z")[2],
    "partition found": t.partition(" ")[0], "strip": t.strip(), "replace": t.replace("z", "y"),
    "split": t.split("z")[0], "slice": t[:], "str": str(t), "f-string": f"{t}",
    "format field": Tag("{}").format(1), "percent field": Tag("%s") % "x", "join": "".join([t]),
}
for name, value in results.items():
    print(name, type(value).__name__, repr(value))
b = Blob(b"ab c")
for name, value in {"partition": b.partition(b"z")[0], "rpartition": b.rpartition(b"z")[2],
                    "found": b.partition(b" ")[2], "strip": b.strip(), "bytes": bytes(b),
                    "__bytes__": b.__bytes__(), "bytearray": bytearray(b"x").partition(b"z")[0]}.items():
    print(name, type(value).__name__, repr(value))
