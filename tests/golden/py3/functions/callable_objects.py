class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [1, 2, 3])), sorted([3, 1, 2], key=Adder(-10)))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    text = "abc"
    text(1)
except TypeError as e:
    print("TypeError:", e)
class Greeter:
    def hello(self, who): return f"{self.name} greets {who}"
    def __init__(self, name): self.name = name
g1, g2 = Greeter("A"), Greeter("B")
m = g1.hello
print(m("x"), Greeter.hello(g2, "y"), m == g1.hello, m == g2.hello, m.__self__.name)
bound_methods = [g.hello for g in (g1, g2)]
print([b("z") for b in bound_methods])
class StaticCall:
    __call__ = staticmethod(lambda *a: ("static call", a))
print(StaticCall()(1, 2))
class MetaCallable(type):
    def __call__(cls, *a):
        return f"constructing {cls.__name__} intercepted with {a}"
class Intercepted(metaclass=MetaCallable): pass
print(Intercepted(1, 2))
def f(): return "f"
table = {f: "function as key", print: "builtin as key"}
print(table[f], table[print])
print(type(print).__name__, type(f).__name__, type(Greeter.hello).__name__, type(g1.hello).__name__, type([].append).__name__)
