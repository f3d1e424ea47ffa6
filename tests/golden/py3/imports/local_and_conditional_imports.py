def use_math():
    import math
    return math.sqrt(16), "math" in dir()
print(use_math(), "math" in dir())
import shapes.square
print(shapes.__name__, shapes.square.Square(2).area())
import shapes.geometry.constants as c
print(c.PI, "c" in dir())
class Config:
    import _greetings as greeter
    from _greetings import GREETING
print(Config.GREETING, Config.greeter.greet("class"))
if Config.GREETING:
    from functools import reduce as fold
else:
    fold = None
print(fold(lambda a, b: a * b, [1, 2, 3, 4]))
import math, operator as op, itertools
print(math.floor(2.7), op.add(2, 3), list(itertools.repeat(0, 2)))
import sys
print(sys.modules["shapes.square"] is shapes.square, sys.modules["_greetings"] is Config.greeter)
try:
    import shapes.square.Square
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
def imports_star_not_allowed_in_function():
    return "(star import in a function is a SyntaxError)"
print(imports_star_not_allowed_in_function())
