import functools
calls = []
def trace(f):
    @functools.wraps(f)
    def w(*a, **k):
        calls.append(f"{f.__name__}{a}")
        return f(*a, **k)
    return w
def retry(times, on=(ValueError,)):
    def deco(f):
        @functools.wraps(f)
        def w(*a, **k):
            for attempt in range(1, times + 1):
                try:
                    return f(*a, **k)
                except on as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{f.__name__} failed after {times} attempts")
        return w
    return deco
def validate(**types):
    def deco(f):
        @functools.wraps(f)
        def w(**kw):
            for name, t in types.items():
                if not isinstance(kw.get(name), t):
                    raise TypeError(f"{name} must be {t.__name__}, got {type(kw.get(name)).__name__}")
            return f(**kw)
        return w
    return deco
state = {'n': 0}
@trace
@retry(3)
def flaky(x):
    state['n'] += 1
    if state['n'] < 3:
        raise ValueError(f"not yet ({state['n']})")
    return x * 2
print(flaky(21), calls, flaky.__name__, flaky.__wrapped__.__name__)
state['n'] = -10
try:
    flaky(1)
except RuntimeError as e:
    print("RuntimeError:", e)
@validate(name=str, age=int)
def register(*, name, age):
    return f"{name}:{age}"
print(register(name="ann", age=3))
for kw in [dict(name=1, age=2), dict(name="x")]:
    try:
        register(**kw)
    except TypeError as e:
        print("TypeError:", e)
class Registry:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def deco(f):
            self.handlers.setdefault(event, []).append(f)
            return f
        return deco
    def fire(self, event, *a):
        return [h(*a) for h in self.handlers.get(event, [])]
reg = Registry()
@reg.on('greet')
def hello(n): return f"hello {n}"
@reg.on('greet')
@reg.on('bye')
def wave(n): return f"wave {n}"
print(reg.fire('greet', 'bob'), reg.fire('bye', 'al'), reg.fire('none'))
def count_calls(cls):
    orig = cls.__init__
    cls.instances = 0
    def __init__(self, *a):
        cls.instances += 1
        orig(self, *a)
    cls.__init__ = __init__
    return cls
@count_calls
class Thing:
    def __init__(self, v): self.v = v
[Thing(i) for i in range(4)]
print(Thing.instances, Thing(9).v, Thing.instances)
