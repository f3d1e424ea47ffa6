from _shapes_api import *
print(sorted(n for n in dir() if not n.startswith('__')))
print(UNIT, area_of(Circle(2)))
for name in ('HIDDEN_CONSTANT', 'helper', '_PI'):
    print(name, name in globals())
import _shapes_api
print(_shapes_api.__all__, _shapes_api.helper())

from _no_all_module import *
print(public_name, fn(), 'math' in globals(), '_private_name' in globals(), '_sys_alias' in globals())
from _no_all_module import _private_name
print(_private_name)

def inside():
    ns = {}
    exec("from _shapes_api import *", ns)
    return sorted(k for k in ns if k != '__builtins__')
print(inside())
import sys
mod = type(sys)('dyn')
mod.__all__ = ['exists', 'missing']
mod.exists = 1
sys.modules['dyn'] = mod
try:
    exec("from dyn import *", {})
except AttributeError as e:
    print("AttributeError:", e)
mod.__all__ = ('exists',)
ns = {}
exec("from dyn import *", ns)
print(ns.get('exists'), sorted(ns)[-1])
mod.__all__ = [1]
try:
    exec("from dyn import *", {})
except TypeError as e:
    print("TypeError:", e)
del sys.modules['dyn']
