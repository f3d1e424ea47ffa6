# locals() inside a generator returns the same dict at every call, across suspensions, and
# that dict sees the locals bound since (it lives in the frame, which is saved at each yield).
def numbers():
    x = 1
    first = locals()
    yield sorted(first)
    y = 2
    again = locals()
    yield first is again
    yield sorted(first), first["y"]


def delegating():
    outer = locals()
    yield from numbers()
    yield outer is locals(), sorted(outer)


print(list(numbers()))
print(list(delegating()))
