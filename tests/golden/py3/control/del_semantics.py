x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[::2]
print(lst)
del lst[1:3]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print("KeyError:", e)
a, b, c = 1, 2, 3
del a, c
print('a' in dir(), 'b' in dir())
class O:
    cls_attr = 'c'
    def __init__(self):
        self.inst = 'i'
o = O()
del o.inst
try:
    del o.inst
except AttributeError as e:
    print("AttributeError:", e)
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
del O.cls_attr
print(hasattr(O, 'cls_attr'))
class Hooked:
    def __delitem__(self, k):
        print("delitem", k)
    def __delattr__(self, name):
        print("delattr", name)
h = Hooked()
del h[1:2], h['k'], h.anything
def f():
    v = 1
    del v
    return v
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
for i in range(3):
    pass
del i
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
def g():
    global gv
    gv = 5
    del gv
g()
print('gv' in globals())
del undefined_name
