def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
inc(); inc(5)
print(get())
print(inc.__closure__ is not None, len(inc.__closure__), inc.__closure__[0].cell_contents)
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
def no_closure(): return 1
print(no_closure.__closure__)
def multiplier_list():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in multiplier_list()])
def late_binding():
    fs = []
    for n in range(3):
        fs.append(lambda: n)
    return [f() for f in fs]
print(late_binding())
def cell_before_assign():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    value = "now set"
    return inner()
print(cell_before_assign())
def deep():
    a = 1
    def l2():
        b = 2
        def l3():
            return a + b
        return l3
    return l2()
print(deep()())
def shared():
    x = []
    def add(v): x.append(v)
    def read(): return list(x)
    return add, read
add, read = shared()
add(1); add(2)
print(read())
def param_cell(p):
    def f(): return p
    p = p * 2
    return f
print(param_cell(21)())
