import _plugin_registry as reg
from _plugin_registry import register, get
from _plugin_registry import *
import _plugin_registry

print(reg is _plugin_registry, reg.load_count, available is reg.available)

@register('upper')
def up(s):
    return s.upper()

@reg.register('rev')
def rev(s):
    return s[::-1]

print(available(), get('upper')('abc'), reg.get('rev')('abc'))
import sys
print(sys.modules['_plugin_registry'] is reg, sorted(k for k in vars(reg) if not k.startswith('__')))
try:
    register('upper')(lambda s: s)
except KeyError as e:
    print("KeyError:", e)
del sys.modules['_plugin_registry']
import _plugin_registry as fresh
print(fresh is reg, fresh.available(), reg.available(), fresh.load_count)
pipeline = [get(n) for n in ('upper', 'rev')]
s = 'pyxis'
for f in pipeline:
    s = f(s)
print(s)
get('lower')
