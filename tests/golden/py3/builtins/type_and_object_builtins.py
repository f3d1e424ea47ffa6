Dyn = type('Dyn', (object,), {'x': 1, 'double': lambda self: self.x * 2, '__repr__': lambda self: f"Dyn(x={self.x})"})
d = Dyn()
print(d, d.double(), type(d).__name__, Dyn.__bases__, Dyn.__mro__[-1].__name__)
Sub = type('Sub', (Dyn,), {'x': 21})
print(Sub().double(), issubclass(Sub, Dyn), type(Sub) is type, type(type) is type)
print(type(1), type('a'), type(None), type(type), type(print).__name__, type(len) is type(print))
for bad in [lambda: type('X', 1, {}), lambda: type('X', (), []), lambda: type(1, 2), lambda: type('X', (int, str), {})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
o = object()
print(type(o).__name__, hasattr(o, '__dict__'), object.__doc__.split('\n')[0])
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__subclasshook__() is NotImplemented, object() != object(), object.__eq__(o, o), object.__eq__(o, 1))
print(isinstance(type, object), isinstance(object, type), issubclass(type, object), issubclass(object, type))
print(callable(type), callable(o), callable(Dyn), callable(d), callable(d.double))
print(vars(Sub())== {}, sorted(k for k in vars(Dyn) if not k.startswith('__')), Sub.__dict__['x'])
print(dir(d)[-3:], 'double' in dir(Sub), 'x' in dir(Sub()))
class WithDir:
    def __dir__(self):
        return ['b', 'a', 'c']
print(dir(WithDir()))
print(super(Sub, Sub()).double(), type.__name__, int.__name__, int.__qualname__, len.__qualname__)
print(int.__mro__, bool.__mro__, type(True).__bases__, NotImplemented.__class__.__name__, type(...).__name__)
print(getattr(d, 'missing', 'default'), setattr(d, 'x', 5), d.double(), delattr(d, 'x'), d.double())
print(isinstance(3, (str, (float, int))), isinstance(3, int | str), issubclass(bool, int | None))
try:
    isinstance(3, [int])
except TypeError as e:
    print("TypeError:", e)
print(type(d).__dict__['x'], Dyn.__module__ if hasattr(Dyn, '__module__') else None)
