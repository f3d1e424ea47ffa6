text = "  The Quick  Brown Fox Jumps Over The Lazy Dog  "
print(text.strip().lower().replace("the", "a").split())
print(" ".join(text.split()).title().swapcase().center(50, '*'))
print("-".join(sorted(set(text.lower().split()), key=len)).upper()[:30] if False else
      "-".join(sorted({w.lower() for w in text.split()}, key=lambda w: (len(w), w))))

class Query:
    def __init__(self, rows):
        self.rows = list(rows)
        self.log = []
    def where(self, pred):
        self.log.append('where')
        return Query._from(self, [r for r in self.rows if pred(r)])
    def order_by(self, key, reverse=False):
        self.log.append('order')
        return Query._from(self, sorted(self.rows, key=key, reverse=reverse))
    def select(self, *fields):
        self.log.append('select')
        return Query._from(self, [tuple(r[f] for f in fields) for r in self.rows])
    def limit(self, n):
        self.log.append('limit')
        return Query._from(self, self.rows[:n])
    @classmethod
    def _from(cls, parent, rows):
        q = cls(rows)
        q.log = parent.log
        return q
    def __iter__(self):
        return iter(self.rows)

people = [dict(name=n, age=a, city=c) for n, a, c in
          [("ann", 31, "oslo"), ("bob", 25, "rome"), ("cy", 42, "oslo"), ("di", 19, "lima"), ("ed", 35, "rome")]]
q = Query(people).where(lambda r: r['age'] > 20).order_by(lambda r: r['age'], reverse=True).select('name', 'city').limit(3)
print(list(q), q.log)

class Builder:
    def __init__(self):
        self.parts = []
    def add(self, s):
        self.parts.append(s); return self
    def indent(self, n=2):
        self.parts = [' ' * n + p for p in self.parts]; return self
    def build(self):
        return '\n'.join(self.parts)
print(Builder().add("a").add("b").indent().add("c").indent(1).build())
print([1, 2, 3].copy().__len__(), "x".join("abc").encode().hex().upper())
print((5).bit_length().to_bytes(2, 'big').hex(), 3.75.as_integer_ratio()[::-1])
res = {}.fromkeys("ab", 0).copy()
res.update(c=1)
print(sorted(res.items()).pop().__class__.__name__)
print("a,b,,c".split(",").count(""), "abc".upper().lower().isalpha().__and__(True))
print(None.__class__.__name__.upper().removesuffix("TYPE").lower())
Query(people).where(lambda r: r['age'] > 20).select('nam')
