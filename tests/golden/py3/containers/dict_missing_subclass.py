class DefaultList(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]

d = DefaultList()
for word in "apple avocado banana blueberry cherry apricot".split():
    d[word[0]].append(word)
print(d, len(d))
print('z' in d, d.get('z'), len(d))
print(d['z'], len(d))

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c['q'], 'q' in c)

class Fallback(dict):
    def __init__(self, parent, **kw):
        super().__init__(**kw)
        self.parent = parent
    def __missing__(self, key):
        return self.parent[key]
base = {'color': 'red', 'size': 1}
child = Fallback(base, size=2)
print(child['size'], child['color'], child.get('color'))
try:
    child['nope']
except KeyError as e:
    print("KeyError:", e)

class Loud(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key!r} here")
try:
    Loud(a=1)['b']
except LookupError as e:
    print(type(e).__name__, e)

class Template(dict):
    def __missing__(self, key):
        return '{' + key + '}'
print("{name} is {age} in {place}".format_map(Template(name='Ann', age=5)))

class NotCalled(dict):
    def __missing__(self, key):
        return 'x'
print(NotCalled().get('k'), NotCalled().setdefault('k', 'v'), 'k' in NotCalled())
print(dict.__dict__.get('__missing__'))
class Bad(dict):
    def __missing__(self, key):
        return self.undefined_attr
Bad()['k']
