# Pairs of instructions the interpreter runs as one (superinstructions): each pair below has a
# second half that raises or takes the slow path, which must behave as if run on its own.


def second_local_unbound():
    a = 1
    try:
        print(a, b)  # LOAD_FAST a; LOAD_FAST b: b is unbound
    except UnboundLocalError as e:
        print("caught:", e)
    b = 2
    return a + b


def store_then_unbound_load():
    x = 10
    try:
        y  # STORE_FAST x; LOAD_FAST y across the start of the try block
    except UnboundLocalError as e:
        print("caught:", e)
    y = x
    return y


def attribute_on_next_line(o):
    x = o
    return (x
            .missing)


class Truthy:
    def __lt__(self, other):
        return [other]  # not a bool: the jump tests its truth


class NoTruth:
    def __bool__(self):
        raise ValueError("no truth value")


class Raising:
    def __lt__(self, other):
        return NoTruth()


def compare_and_jump(left, right):
    if left < right:
        return "taken"
    return "not taken"


def loop_with_constants(n):
    total = 0
    i = 0
    while i < n:
        total = total + i * 2
        i = i + 1
    return total


print(second_local_unbound())
print(store_then_unbound_load())
try:
    attribute_on_next_line(object())
except AttributeError as e:
    print("AttributeError at line", e.__traceback__.tb_next.tb_lineno)
print(compare_and_jump(Truthy(), 0), compare_and_jump(Truthy(), None))
print(compare_and_jump(1, 2), compare_and_jump(2, 1), compare_and_jump(1.5, 1))
try:
    compare_and_jump(Raising(), 1)
except ValueError as e:
    print("ValueError at line", e.__traceback__.tb_next.tb_lineno)
print(loop_with_constants(100))


def jump_into_second_half(flag):
    # The loop's back-edge lands on the second half of a pair (LOAD_FAST after STORE_FAST).
    k = 0
    while True:
        k = k + 1
        if k > 3:
            break
    return k if flag else -k


print(jump_into_second_half(True), jump_into_second_half(False))

# Uncaught: the traceback shows the attribute's line and its caret.
attribute_on_next_line(Truthy())
