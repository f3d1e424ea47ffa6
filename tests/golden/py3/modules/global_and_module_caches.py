# LOAD_GLOBAL and module attribute reads stay right while the dicts behind them change:
# rebinding, adding and deleting names, shadowing builtins, and one code object run with
# several globals dicts.
import sys
import math

me = sys.modules[__name__]
x = 1


def read_global():
    return x


def read_module_attr():
    return me.x


def read_builtin():
    return len


for _ in range(3):
    print(read_global(), read_module_attr())
x = 2                      # rebinding keeps the dict's layout
print(read_global(), read_module_attr())
for i in range(20):        # new names change it
    globals()["filler%d" % i] = i
print(read_global(), read_module_attr())
del x
for f in (read_global, read_module_attr):
    try:
        f()
    except (NameError, AttributeError) as e:
        print(type(e).__name__, e)
x = 3
print(read_global(), read_module_attr())

print(read_builtin() is len)
len = lambda o: "shadowed"   # a global now hides the builtin
print(read_builtin()([1, 2]))
del len
print(read_builtin()([1, 2]))

import builtins
saved = builtins.abs
builtins.abs = lambda v: "patched"


def use_abs(v):
    return abs(v)


print(use_abs(-4))
builtins.abs = saved
print(use_abs(-4))


def pi_digits():
    return round(math.pi, 3)


print(pi_digits())
math.pi = 3
print(pi_digits())
math.pi = 3.141592653589793
print(pi_digits())

# One code object, two globals dicts: the functions share their code and its caches.
code = compile("def h():\n    return v * 10\n", "<two-globals>", "exec")
d1 = {"v": 1}
d2 = {"v": 2}
exec(code, d1)
exec(code, d2)
for _ in range(3):
    print(d1["h"](), d2["h"]())
d2["v"] = 5
del d1["v"]
d1["w"] = 0
d1["v"] = 7
print(d1["h"](), d2["h"]())


class Dict(dict):
    pass


d3 = Dict(v=9)
exec(code, d3)
print(d3["h"](), d1["h"]())
