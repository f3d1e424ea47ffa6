def inner():
    received = yield "inner-1"
    print("inner got", received)
    received = yield "inner-2"
    print("inner got", received)
    return "inner result"
def outer():
    result = yield from inner()
    print("outer received return value:", result)
    yield "outer-final"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(next(g, "done"))
def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        print("sub handled KeyError")
        yield "sub-recovered"
    finally:
        print("sub finally")
def delegator():
    yield from sub()
    yield "after sub"
d = delegator()
print(next(d), d.throw(KeyError), next(d))
d2 = delegator()
next(d2)
d2.close()
print("closed delegator")
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", range(2), (x * x for x in [3]))))
def tree(n):
    if n == 0:
        yield "leaf"
        return 0
    left = yield from tree(n - 1)
    right = yield from tree(n - 1)
    return left + right + 1
def collect(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as e:
            return items, e.value
print(collect(tree(3)))
def ret_only():
    return "just return"
    yield
def wrap():
    v = yield from ret_only()
    yield v
print(list(wrap()))
