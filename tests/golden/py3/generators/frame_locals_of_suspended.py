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

# One frame object per generator while it lives, and with it one locals dict.
again = counter(3)
next(again)
frame = again.gi_frame
print(frame is again.gi_frame, frame.f_locals is again.gi_frame.f_locals, frame.f_lineno)
next(again)
print(frame.f_lineno, sorted(frame.f_locals.items()))
