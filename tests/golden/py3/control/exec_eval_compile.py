g = {}
exec("x = 1\ndef f(): return x + 1", g)
print(g["f"](), sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
l = {}
exec("y = 2\nz = y * 3", {}, l)
print(l)
print(eval("a + b", {"a": 1}, {"b": 2}))
print(eval("[v for v in range(n)]", {"n": 3}))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e)
code = compile("1 + 1", "<s>", "eval")
print(eval(code), code.co_filename, code.co_name)
code2 = compile("print('hi')\n", "<t>", "exec")
exec(code2)
code3 = compile("3 * 3", "<i>", "single")
exec(code3)
try:
    compile("x", "f", "bad")
except ValueError as e:
    print("ValueError:", e)
try:
    exec("raise ValueError('in exec')")
except ValueError as e:
    print("ValueError:", e)
def scope():
    a = 5
    exec("a = 6; b = 7")
    return a, locals().get("b")
print(scope())
def scope2():
    v = 1
    return eval("v + 1")
print(scope2())
class M(dict):
    def __getitem__(self, k):
        if k == "magic": return 42
        return super().__getitem__(k)
print(eval("magic + 1", {}, M()))
try:
    exec("print(undefined_name)", {})
except NameError as e:
    print("NameError:", e)
print(eval("__builtins__ is not None"))
try:
    eval("len([])", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
print(eval("1", None, None))
try:
    eval(123)
except TypeError as e:
    print("TypeError:", e)
try:
    exec(123)
except TypeError as e:
    print("TypeError:", e)
try:
    eval("1", [])
except TypeError as e:
    print("TypeError:", e)
print(eval("  1 + 2\n"), eval(b"4"))
try:
    eval("1\n2")
except SyntaxError as e:
    print("SyntaxError:", e)
x = 10
def gl():
    global x
    x = 11
    return globals()["x"]
print(gl(), x)
def loc(p, q=2):
    r = 3
    return sorted(locals().items())
print(loc(1))
exec("def h(): return 'h'")
print(h())
exec("import math as mm")
print(mm.floor(2.5))
c = compile("a = 1", "<x>", "exec", dont_inherit=True)
print(type(c).__name__)
try:
    compile("def f(:", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, e.filename, e.text.rstrip())
try:
    compile("a\n  b", "<ind>", "exec")
except IndentationError as e:
    print("IndentationError:", e.msg, e.lineno)
exec("raise KeyError('deep')")
