print(eval("1 + 2 * 3"), eval("x * y", {"x": 6, "y": 7}), eval("[i for i in range(3)]"))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), "__builtins__" in ns)
loc = {}
exec("z = q + 1", {"q": 10}, loc)
print(loc)
print(eval("len(s)", {"s": "abcd"}), eval("min(v)", {}, {"v": [4, 2]}))
code = compile("3 ** 4", "<expr>", "eval")
print(type(code).__name__, eval(code), code.co_filename)
code2 = compile("for i in range(3):\n    print('loop', i)\n", "<loop>", "exec")
exec(code2)
code3 = compile("1 + 1", "<single>", "single")
print(exec(code3) is None)
print(exec("pass"), eval("None"))
g = {"__builtins__": {}}
try:
    eval("len('x')", g)
except NameError as e:
    print("NameError:", e)
for src, mode in [("1 +", "eval"), ("x = = 1", "exec"), ("return 5", "exec")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.filename)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("1", "<m>", "bogus")
except ValueError as e:
    print("ValueError:", e)
gl = globals()
print(gl["__name__"], "eval" in dir(gl["__builtins__"]) or "eval" in gl["__builtins__"].__dict__)
X_GLOBAL = 123
print(eval("X_GLOBAL + 1"))
def func(a, b=2):
    c = a + b
    return sorted(locals().items())
print(func(1))
def writes():
    exec("new_var = 1")
    return "new_var" in locals()
print(writes())
sys_mod = __import__("sys")
print(sys_mod.maxsize > 0, __import__("math").sqrt(16))
exec("raise ValueError('from exec')")
