def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}-{i}"
    finally:
        print("close", name)
for item in resource("a"):
    print(item)
b = resource("b")
for item in b:
    print(item)
    if item == "b-0":
        break
print("after break, generator still open")
b.close()
print("after explicit close")
g = resource("c")
print(next(g))
g.close()
print("closed c", g.gi_frame)
def nested_finally():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
n = nested_finally()
next(n)
n.close()
def finally_yields():
    try:
        yield 1
    finally:
        print("finally runs at exhaustion")
print(list(finally_yields()))
def with_in_gen():
    class CM:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None)
    with CM():
        yield "inside with"
w = with_in_gen()
print(next(w))
w.close()
def raising_close():
    try:
        yield
    finally:
        raise ValueError("from finally")
rc = raising_close()
next(rc)
try:
    rc.close()
except ValueError as e:
    print("close raised", e)
