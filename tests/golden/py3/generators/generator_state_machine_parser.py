def csv_parser():
    """Receives characters, yields completed rows."""
    rows = []
    row, field = [], []
    in_quotes = False
    prev = None
    result = None
    while True:
        ch = yield result
        result = None
        if ch is None:
            if field or row:
                row.append(''.join(field))
                result = row
                row, field = [], []
            continue
        if in_quotes:
            if ch == '"':
                in_quotes = False
            else:
                field.append(ch)
        elif ch == '"':
            if prev == '"':
                field.append('"')
            in_quotes = True
        elif ch == ',':
            row.append(''.join(field)); field = []
        elif ch == '\n':
            row.append(''.join(field))
            result = row
            row, field = [], []
        else:
            field.append(ch)
        prev = ch

def parse(text):
    p = csv_parser()
    next(p)
    out = []
    for ch in text:
        r = p.send(ch)
        if r is not None:
            out.append(r)
    r = p.send(None)
    if r is not None:
        out.append(r)
    p.close()
    return out

data = 'name,age,quote\nann,31,"hello, world"\nbob,,"say ""hi"""\n"multi\nline",7,x'
for row in parse(data):
    print(row)
print(parse(""), parse("a"), parse("a,b\n"), parse(",,\n,"))

def tokens(s):
    i = 0
    while i < len(s):
        if s[i].isspace():
            i += 1
            continue
        if s[i].isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            yield ('INT', int(s[i:j]))
            i = j
        elif s[i].isalpha():
            j = i
            while j < len(s) and (s[j].isalnum() or s[j] == '_'):
                j += 1
            yield ('NAME', s[i:j])
            i = j
        else:
            yield ('OP', s[i])
            i += 1
print(list(tokens("x1 = foo_bar(42, y) + 7")))
t = tokens("a b")
print(next(t), next(t), next(t, None))
