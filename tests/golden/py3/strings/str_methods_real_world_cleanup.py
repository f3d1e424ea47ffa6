raw = """  Name:   Ada Lovelace  
EMAIL: ADA@Example.COM
phone: (555) 123-4567
  tags:  math , poetry,engines ,  
notes:\tFirst programmer;\tvisionary.   
"""
record = {}
for line in raw.splitlines():
    if not line.strip():
        continue
    key, sep, value = line.partition(':')
    if not sep:
        continue
    record[key.strip().lower()] = value.strip()
print(record)
record['name'] = ' '.join(record['name'].split())
user, _, domain = record['email'].partition('@')
record['email'] = f"{user.lower()}@{domain.lower()}"
record['phone'] = ''.join(ch for ch in record['phone'] if ch.isdigit())
record['tags'] = [t.strip() for t in record['tags'].split(',') if t.strip()]
record['notes'] = record['notes'].expandtabs(4).replace(';', ',').rstrip('.')
print(record)
print(record['phone'][:3] + '-' + record['phone'][3:6] + '-' + record['phone'][6:])
slug = '-'.join(record['name'].lower().split())
print(slug, slug.title(), slug.capitalize(), slug.upper().center(20, '~'))
print(record['email'].endswith(('.com', '.org')), record['email'].startswith('ada', 0, 3), record['email'].count('a'))
print("first programmer".title(), "they're bill's friends".title(), "hello world".capitalize())
print("  ".join(f"{k}={len(str(v))}" for k, v in sorted(record.items())))
print("ab,cd;ef gh".replace(',', ' ').replace(';', ' ').split(), "a-b_c d".translate(str.maketrans('-_', '  ')).split())
print("CamelCaseStringHere".swapcase(), ''.join(' ' + c.lower() if c.isupper() else c for c in "CamelCaseStringHere").strip())
print("%s <%s>" % (record['name'], record['email']), "{0[name]} / {0[phone]}".format(record))
print("www.example.com".removeprefix("www."), "file.tar.gz".removesuffix(".gz"), "file.tar.gz".rsplit('.', 1), "file.tar.gz".split('.', 1))
print("x".join(["1", "2"]), "".join(reversed("stressed")), "Mississippi".lower().count("ss"), "a\tb".expandtabs(), "tab".zfill(6))
