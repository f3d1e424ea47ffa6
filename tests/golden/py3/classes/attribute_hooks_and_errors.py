class G:
    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(f"no {name}")
g = G()
print(g.xyz, getattr(g, 'abc', 'dflt'), hasattr(g, 'q'))
try:
    g.abc
except AttributeError as e:
    print("AttributeError:", e, e.args)
class GA:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback-" + name
ga = GA(); ga.v = 1
print(ga.v, ga.secret, ga.other)
class S:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
s = S(); s.a = 3; print(s.a); del s.a
try:
    del s.a
except AttributeError as e: print("AttributeError:", e)
class D:
    def __dir__(self):
        return ['b', 'a', 'c']
print(dir(D()))
class D2:
    def __dir__(self): return ('z', 'y')
print(dir(D2()))
class D3:
    def __dir__(self): return 5
try:
    dir(D3())
except TypeError as e: print("TypeError:", e)
class Plain:
    def __init__(self):
        self.value = 1
        self.values = 2
pl = Plain()
try:
    pl.valu
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain.valu
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(pl, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(pl, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(pl, 'nope')
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del int.real
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".upper = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    len.__name__ = 'x'
except AttributeError as e:
    print("AttributeError:", e)
def f(): pass
f.attr = 1
print(f.attr, f.__dict__)
try:
    f.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del f.__name__
except TypeError as e:
    print("TypeError:", e)
print(getattr(pl, 'value'), pl.__getattribute__('values'))
class Rec:
    def __getattr__(self, n):
        return self.missing
try:
    Rec().x
except RecursionError as e:
    print("RecursionError:", e)
pl.valuez
