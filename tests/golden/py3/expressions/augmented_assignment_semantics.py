a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
s *= 2
print(s)
t2 = ([1],)
try:
    t2[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print("but mutated anyway:", t2)
class Loud:
    def __init__(self): self.data = {"k": 1}
    def __getitem__(self, key):
        print("getitem", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.data[key] = value
def key():
    print("key evaluated once")
    return "k"
obj = Loud()
obj[key()] += 10
print(obj.data)
class AddOnly:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("__add__ used as fallback")
        return AddOnly(self.v + o)
x = AddOnly(1)
y = x
x += 5
print(x.v, y.v, x is y)
class Holder: pass
h = Holder()
h.count = 0
for _ in range(3):
    h.count += 2
print(h.count)
n = 10
n -= 3; n *= 2; n //= 3; n **= 2; n %= 7
print(n)
lst = [1, 2, 3]
lst *= 2
print(lst)
d = {"a": 1}
d |= {"b": 2}
print(d)
st = {1, 2}
st &= {2, 3}
print(st)
