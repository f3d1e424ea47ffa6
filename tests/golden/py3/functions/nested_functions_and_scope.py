x = "global"
def f():
    print("f sees", x)
def g():
    x = "local g"
    def h():
        print("h sees", x)
    h()
    f()
g()
def builtins_shadow():
    len = lambda s: "shadowed"
    return len("abc")
print(builtins_shadow(), len("abc"))
def uses_later_global():
    return later
later = "defined later"
print(uses_later_global())
def local_shadows_param(a):
    a = a + 1
    return a
v = 1
print(local_shadows_param(v), v)
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    return lst
data = []
print(mutate(data), data)
def counter_attr():
    counter_attr.n += 1
    return counter_attr.n
counter_attr.n = 0
counter_attr(); counter_attr()
print(counter_attr.n)
def locals_demo(a, b=2):
    c = a + b
    return sorted(locals().items())
print(locals_demo(1))
def conditional_def(flag):
    if flag:
        def inner(): return "yes"
    else:
        def inner(): return "no"
    return inner()
print(conditional_def(True), conditional_def(False))
def redefine(): return 1
first = redefine
def redefine(): return 2
print(first(), redefine())
