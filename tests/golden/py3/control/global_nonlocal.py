counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print(counter)
def make_global():
    global created
    created = "made"
make_global()
print(created)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    inner()
    return x
print(outer())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
unbound()
def levels():
    a = "L1"
    def mid():
        a = "L2"
        def inner():
            nonlocal a
            a = "set by inner"
        inner()
        return a
    return mid(), a
print(levels())
def gen_counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump
b1, b2 = gen_counter(), gen_counter()
print(b1(), b1(), b1(), b2())
class K:
    v = "class var"
    def m(self):
        return v
v = "global v"
print(K().m())
def del_global():
    global counter
    del counter
del_global()
print("counter" in globals())
