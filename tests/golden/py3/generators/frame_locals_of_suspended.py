# A generator's frame (gi_frame) shows its locals: before it starts, at each suspension, and from
# inside while it runs; cells and free variables included.


def counter(a, b=10):
    x = a + 1
    yield x
    y = x * b
    yield y
    del x
    yield "deleted"


it = counter(1)
print(sorted(it.gi_frame.f_locals.items()))
next(it)
print(sorted(it.gi_frame.f_locals.items()))
next(it)
print(sorted(it.gi_frame.f_locals.items()))
next(it)
print(sorted(it.gi_frame.f_locals.items()))


def outer():
    shared = "cell"

    def inner(n):
        for i in range(n):
            yield shared, i
    return inner


walker = outer()(2)
next(walker)
print(sorted(walker.gi_frame.f_locals.items()))


def looks_at_itself():
    v = 5
    yield sorted(me.gi_frame.f_locals.items())
    w = v + 1
    yield sorted(locals().items())


me = looks_at_itself()
print(next(me))
print(next(me))
print(sorted(me.gi_frame.f_locals.items()))
for _ in me:
    pass
print(me.gi_frame)
