counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter, globals()["counter"])
globals()["injected"] = "via globals"
print(injected)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    return x, sorted(locals())
print(outer())
class K:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names, K.b)
def show(*args, **kwargs):
    return sorted(locals().items())
print(show(1, 2, k=3))
print(sorted(k for k in vars() if not k.startswith("__"))[:6])
import sys
m = sys.modules[__name__]
print(m.counter, vars(m)["counter"], vars(m) is globals())
def f():
    return undefined_thing
try:
    f()
except NameError as e:
    print("NameError:", e)
def g():
    y = y_later
    y_later = 1
try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def h():
    print(local_only)
    local_only = 1
h()
