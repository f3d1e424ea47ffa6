import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper
@trace
def add(a, b=0):
    """Adds."""
    return a + b
add(1, b=2)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(x):
    return "hi " + x
print(hello("bob"), hello.__name__)
order = []
def mark(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        fn.labels = getattr(fn, "labels", []) + [label]
        return fn
    return deco
@mark("outer")
@mark("inner")
def f(): pass
print(order, f.labels)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def one(): return 1
print(sorted(registry), registry["one"]())
def class_deco(cls):
    cls.extra = "added"
    return cls
@class_deco
class C: pass
print(C.extra)
@(lambda fn: lambda: fn() * 2)
def ten(): return 10
print(ten())
class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Counter
def sq(x): return x * x
print(sq(3), sq(4), sq.calls)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
