assert True
assert 1 == 1, "never shown"
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("empty AssertionError:", repr(e), e.args)
def msg():
    print("message evaluated lazily")
    return "lazy"
assert True, msg()
try:
    assert False, msg()
except AssertionError as e:
    print(e)
x = 1
y = [1, 2, 3, 4]
d = {"a": 1, "b": 2}
class O: pass
o = O()
o.attr = 5
del x
try:
    x
except NameError as e:
    print("NameError:", e)
del y[0], d["a"], o.attr
print(y, d, hasattr(o, "attr"))
del y[1:]
print(y)
a, b = 1, 2
del (a, b)
print("a" in globals(), "b" in globals())
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
def f():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
try:
    del undefined_global
except NameError as e:
    print("NameError:", e)
lst = [[1, 2], [3, 4]]
del lst[0][1]
print(lst)
