from shapes import *
print(sorted(k for k in globals() if not k.startswith("__")))
from _greetings import *
print(sorted(k for k in globals() if not k.startswith("__")))
def f():
    return Square(2).area() + len(greet("x"))
print(f())
