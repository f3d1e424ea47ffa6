# An attribute access spanning lines is reported at the attribute's name, as CPython 3.11 does
# (LOAD_ATTR, LOAD_METHOD and the method's call, STORE_ATTR, DELETE_ATTR, augmented assignment).


class Raiser:
    def method(self, *args):
        raise ValueError("from method")


def load(o):
    return (o
            .missing)


def method_call(o):
    return (o
            .method())


def method_call_over_lines(o):
    return (o
       .method(1,
               2))


def missing_method(o):
    return (o
      .nope(1,
            2))


def store(o):
    (o
      .y) = 2


def delete(o):
    del (o
      .y)


def augmented(o):
    (o
      .y) += 2


def line_of(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        tb = e.__traceback__.tb_next
        return "%s: %s at line %d" % (fn.__name__, type(e).__name__, tb.tb_lineno)


for fn in (load, method_call, method_call_over_lines, missing_method, store, delete, augmented):
    print(line_of(fn, object() if fn not in (method_call, method_call_over_lines) else Raiser()))

method_call_over_lines(Raiser())
