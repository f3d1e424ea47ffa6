import shapes
print("--- imported shapes")
print(shapes.Square(3), shapes.area_of(shapes.Square(4)), shapes.VERSION)
from shapes.circle import Circle
print(Circle(2).area(), shapes.circle.same)
from shapes.geometry import constants
print(constants.PI, constants.PARENT_VERSION_AT_IMPORT_TIME, constants.UNIT)
print(constants.__name__, constants.__package__, shapes.__package__, shapes.square.__package__)
print(shapes.__file__.rsplit("/", 2)[-2:], constants.__file__.rsplit("/", 3)[-3:])
print(hasattr(shapes, "geometry"), hasattr(shapes.geometry, "constants"))
import shapes.square as sq_mod
print(sq_mod.Square is shapes.Square, sq_mod.__name__)
ns = {}
exec("from shapes import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
import sys
print(sorted(m for m in sys.modules if m.startswith("shapes")))
