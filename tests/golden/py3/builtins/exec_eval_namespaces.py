# exec/eval/compile: namespaces, modes, errors; __import__.
g = {"a": 2}
exec("b = a * 3\nc = len('xyz')", g)
print(sorted(k for k in g if k != "__builtins__"), g["b"], g["c"], "__builtins__" in g)
loc = {}
exec("x = a + 1", g, loc)
print(loc, "x" in g)
print(eval("a + b", g), eval("a * y", g, {"y": 10}), eval("  \t a"), eval(b"1 + 2"))
print(eval(compile("a - 1", "<calc>", "eval"), {"a": 5}))
code = compile("for i in range(2):\n    print('loop', i)\n", "<loop>", "exec")
print(exec(code), exec(code, {}))
compile("1 + 1", "<single>", "single")
exec(compile("3 * 3", "<single>", "single"))

def inner():
    secret = 11
    return eval("secret + 1"), eval("secret", {"secret": 0})
print(inner())

a = 100
def outer():
    return eval("a")
print(outer(), eval("a", {"a": 1}), eval("a", {}, {"a": 2}))

def attempt(label, fn):
    try:
        print(label, fn())
    except (SyntaxError, TypeError, ValueError, NameError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("mode", lambda: compile("1", "f", "x"))
attempt("source", lambda: compile(1, "f", "exec"))
attempt("syntax", lambda: compile("x =", "<bad>", "exec"))
attempt("null", lambda: compile("1\0", "f", "exec"))
attempt("eval arg", lambda: eval(1))
attempt("exec arg", lambda: exec(1))
attempt("eval globals", lambda: eval("x", []))
attempt("eval locals", lambda: eval("x", {}, 1))
attempt("exec globals", lambda: exec("x", []))
attempt("exec locals", lambda: exec("y", {}, 1))
attempt("return", lambda: exec("return 1"))
attempt("undefined", lambda: eval("nope + 1", {}))
attempt("statement", lambda: eval("x = 1"))
try:
    compile("(1,\n 2", "<paren>", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)

m = __import__("math")
print(m.__name__, __import__("itertools").count.__name__)
attempt("import name", lambda: __import__(1))
attempt("import level", lambda: __import__("math", level=-1))
attempt("import empty", lambda: __import__(""))
try:
    __import__("no_such_module_here")
except ImportError as e:
    print(type(e).__name__, e.name)
exec("raise ValueError('from exec')")
