try:
    import does_not_exist_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _greetings import no_such_name
except ImportError as e:
    print(type(e).__name__, "|", str(e).split(" (")[0], "|", e.name)
try:
    import shapes.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import sys
try:
    import _failing_module
except ValueError as e:
    print("ValueError:", e)
print("_failing_module" in sys.modules)
try:
    import _failing_module
except ValueError as e:
    print("re-executed and failed again:", e)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
m = __import__("shapes.square")
print(m.__name__, __import__("shapes.square", fromlist=["Square"]).__name__)
