import lazy_pkg
print(lazy_pkg.dynamic)
try:
    lazy_pkg.missing
except AttributeError as e:
    print("AttributeError:", e)
print(dir(lazy_pkg))
print(lazy_pkg.loaded)
from lazy_pkg import sub
print(lazy_pkg.loaded, sub.VALUE, lazy_pkg.sub is sub)
from lazy_pkg import dynamic
print(dynamic)
import lazy_pkg.sub
print(lazy_pkg.loaded)
import sys
mod = type(sys)("made_by_hand")
mod.x = 1
print(mod.__name__, mod.x, mod.__doc__, sorted(k for k in vars(mod)))
