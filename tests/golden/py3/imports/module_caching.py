import sys
import _reexec
import _reexec
from _reexec import executions
print("executions after two imports:", _reexec.executions, executions)
del sys.modules["_reexec"]
import _reexec as fresh
print("after removing from sys.modules:", fresh.executions, fresh is not None)
sys.modules["fake_module"] = "I am not a module"
import fake_module
print(fake_module, type(fake_module).__name__)
class FakeModule:
    answer = 42
sys.modules["fake2"] = FakeModule()
from fake2 import answer
print(answer)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
print(type(sys).__name__, sys.__name__, "sys" in sys.modules, "builtins" in sys.modules)
import builtins
print(builtins.len is len, builtins.__name__)
