import _greetings
import _greetings as g2
from _greetings import greet, GREETING as G
print(_greetings.greet("world"), greet("you"), G)
print(_greetings is g2, _greetings.__name__, __name__)
print(_greetings.__file__.rsplit("/", 1)[-1], __file__.rsplit("/", 1)[-1])
print(_greetings.bump(), _greetings.bump(), g2.counter)
from _greetings import counter
print("copied value", counter, "live value", _greetings.counter)
_greetings.GREETING = "hi"
print(greet("again"))
import sys
print("_greetings" in sys.modules, sys.modules["_greetings"] is _greetings)
print(sorted(k for k in vars(_greetings) if not k.startswith("__")))
print(type(_greetings).__name__, repr(_greetings).startswith("<module '_greetings' from "))
