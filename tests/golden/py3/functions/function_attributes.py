def top(a, b: int = 2, *c, d: "str" = "x", **e) -> list:
    "top doc"
    return a
print(top.__name__, top.__qualname__, top.__doc__, top.__module__)
print(top.__defaults__, top.__kwdefaults__)
print(top.__annotations__)
class Outer:
    def method(self): pass
    class Inner:
        def deep(self): pass
    @staticmethod
    def smeth(): pass
def factory():
    def local(): pass
    return local
print(Outer.method.__qualname__, Outer.Inner.deep.__qualname__, Outer.smeth.__qualname__)
print(factory().__qualname__, (lambda: 0).__qualname__, factory().__name__)
top.custom = 123
print(top.custom, sorted(top.__dict__))
top.__name__ = "renamed"
print(top.__name__, top.__qualname__)
print(callable(top), callable(1), type(top).__name__, type(Outer().method).__name__)
m = Outer().method
print(m.__func__ is Outer.method, m.__self__.__class__.__name__, m.__name__)
print(top.__code__.co_name, top.__code__.co_argcount, top.__code__.co_kwonlyargcount)
def gen(): yield
print(gen.__code__.co_flags & 0x20 != 0, top.__code__.co_flags & 0x20 != 0)
print(len.__name__, len.__qualname__, type(len).__name__, [].append.__name__)
print(abs.__self__.__name__ if hasattr(abs, "__self__") else None)
def no_doc(): pass
print(no_doc.__doc__, no_doc.__annotations__)
