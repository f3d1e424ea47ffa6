class RecordMeta(type):
    def __new__(mcls, name, bases, ns):
        fields = [k for k, v in ns.get('__annotations__', {}).items()]
        ns['_fields'] = tuple(fields)
        return super().__new__(mcls, name, bases, ns)

class Record(metaclass=RecordMeta):
    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError(f"{type(self).__name__} takes {len(self._fields)} arguments, got {len(args)}")
        values = dict(zip(self._fields, args))
        for k, v in kwargs.items():
            if k not in self._fields:
                raise TypeError(f"unexpected field {k!r}")
            if k in values:
                raise TypeError(f"duplicate value for {k!r}")
            values[k] = v
        for f in self._fields:
            if f not in values:
                if hasattr(type(self), f):
                    values[f] = getattr(type(self), f)
                else:
                    raise TypeError(f"missing field {f!r}")
            object.__setattr__(self, f, values[f])
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields) + ")"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._astuple() == other._astuple()
    def __hash__(self):
        return hash(self._astuple())
    def __lt__(self, other):
        return self._astuple() < other._astuple()
    def _astuple(self):
        return tuple(getattr(self, f) for f in self._fields)
    def _replace(self, **kw):
        return type(self)(**{**dict(zip(self._fields, self._astuple())), **kw})

class Point(Record):
    x: int
    y: int = 0

class Person(Record):
    name: str
    age: int
    tags: tuple = ()

print(Point._fields, Person._fields)
p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p == (1, 2), p != Point(2, 1))
print(sorted([Point(3, 1), Point(1, 5), Point(1, 2)]), len({Point(1), Point(1, 0), Point(0, 1)}))
print(p._replace(y=9), p)
ann = Person("ann", 30, tags=("admin",))
print(ann, ann._replace(age=31).age)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1,), {'z': 0})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Point, RecordMeta), type(Record).__name__, Point.__mro__[1].__name__)
Person("bob")
