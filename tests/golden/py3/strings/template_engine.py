class TemplateError(Exception):
    pass

def render(template, ctx):
    out = []
    i = 0
    while True:
        start = template.find('{{', i)
        if start < 0:
            out.append(template[i:])
            break
        out.append(template[i:start])
        end = template.find('}}', start)
        if end < 0:
            raise TemplateError(f"unclosed tag at {start}")
        expr = template[start + 2:end].strip()
        name, _, filt = expr.partition('|')
        value = lookup(ctx, name.strip())
        for f in filter(None, (s.strip() for s in filt.split('|'))):
            value = FILTERS[f](value) if f in FILTERS else _bad(f)
        out.append(str(value))
        i = end + 2
    return ''.join(out)

def _bad(f):
    raise TemplateError(f"unknown filter {f!r}")

def lookup(ctx, dotted):
    cur = ctx
    for part in dotted.split('.'):
        if isinstance(cur, dict):
            if part not in cur:
                raise TemplateError(f"missing {dotted!r}")
            cur = cur[part]
        elif part.isdigit():
            cur = cur[int(part)]
        else:
            cur = getattr(cur, part)
    return cur

FILTERS = {
    'upper': str.upper, 'lower': str.lower, 'title': str.title,
    'len': len, 'strip': str.strip, 'reverse': lambda s: s[::-1],
    'comma': lambda xs: ', '.join(map(str, xs)),
    'money': lambda x: f"${x:,.2f}",
}

ctx = {'user': {'name': 'ada lovelace', 'langs': ['en', 'fr']}, 'total': 1234567.891,
       'items': ['tea', 'cake'], 'pad': '  x  '}
tpls = ["Hello, {{ user.name | title }}!",
        "Langs: {{user.langs|comma|upper}} ({{ user.langs | len }})",
        "First item {{ items.0 }}, second {{items.1|reverse}}",
        "Total: {{ total | money }}",
        "[{{pad}}] [{{pad|strip}}]",
        "no tags at all",
        "{{ user.nick }}",
        "{{ total | bogus }}",
        "broken {{ user.name"]
for t in tpls:
    try:
        print(repr(render(t, ctx)))
    except TemplateError as e:
        print("TemplateError:", e)
print(render("{{a}}{{b}}{{a}}", {'a': 1, 'b': '-'}))
