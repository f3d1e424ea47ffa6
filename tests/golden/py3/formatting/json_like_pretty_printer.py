def dumps(obj, indent=2, level=0, sort_keys=False):
    pad = ' ' * (indent * (level + 1))
    end = ' ' * (indent * level)
    if obj is None: return 'null'
    if obj is True: return 'true'
    if obj is False: return 'false'
    if isinstance(obj, (int, float)):
        if obj != obj or obj in (float('inf'), float('-inf')):
            raise ValueError(f"out of range float: {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        return quote(obj)
    if isinstance(obj, (list, tuple)):
        if not obj: return '[]'
        items = [dumps(x, indent, level + 1, sort_keys) for x in obj]
        return '[\n' + ',\n'.join(pad + i for i in items) + '\n' + end + ']'
    if isinstance(obj, dict):
        if not obj: return '{}'
        keys = sorted(obj) if sort_keys else list(obj)
        for k in keys:
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
        items = [f"{quote(k)}: {dumps(obj[k], indent, level + 1, sort_keys)}" for k in keys]
        return '{\n' + ',\n'.join(pad + i for i in items) + '\n' + end + '}'
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")

ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f'}
def quote(s):
    out = []
    for ch in s:
        if ch in ESC:
            out.append(ESC[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            if ord(ch) > 0xffff:
                v = ord(ch) - 0x10000
                out.append(f"\\u{0xd800 + (v >> 10):04x}\\u{0xdc00 + (v & 0x3ff):04x}")
            else:
                out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'

doc = {"name": "pyxis", "version": [3, 11], "ok": True, "none": None,
       "ratio": 0.1 + 0.2, "big": 2 ** 70, "nested": {"empty": {}, "list": [], "t": (1, "two")},
       "text": 'quote " back \\ nl \n tab \t é ☃ 😀 \x01'}
print(dumps(doc))
print(dumps(doc["nested"], indent=4, sort_keys=True))
print(dumps([[[]], [{}], [[1]]], indent=1))
for bad in [{1: 2}, {"s": {1, 2}}, [float('nan')], {"x": float('-inf')}]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
