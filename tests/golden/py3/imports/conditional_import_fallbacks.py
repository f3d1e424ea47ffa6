try:
    import _definitely_missing_module_xyz as fast
    backend = 'fast'
except ImportError as e:
    import _shapes_api as fast
    backend = 'fallback'
    print("ImportError:", e, "| name:", e.name)
print(backend, fast.UNIT)

try:
    from _shapes_api import does_not_exist
except ImportError as e:
    print("ImportError:", e)
    print("name:", e.name)

import sys
if sys.version_info >= (3, 11):
    from _shapes_api import Circle as Shape
else:
    Shape = None
print(Shape.__name__, Shape(1).area())

def lazy():
    import _no_all_module
    return _no_all_module.fn()
print('_no_all_module' in sys.modules, lazy(), '_no_all_module' in sys.modules)

HAVE_FEATURE = hasattr(fast, 'area_of')
if HAVE_FEATURE:
    def measure(r):
        return fast.area_of(fast.Circle(r))
else:
    def measure(r):
        return None
print(measure(3))

try:
    import _shapes_api.sub
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e)
mods = []
for name in ['_shapes_api', '_nope_one', '_no_all_module']:
    try:
        mods.append(__import__(name).__name__)
    except ImportError:
        mods.append(None)
print(mods)
import _missing_at_the_end
