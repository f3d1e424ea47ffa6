print("shapes.geometry.constants executing, __package__ =", __package__)
from .. import VERSION as PARENT_VERSION_AT_IMPORT_TIME
PI = 3.14159
from ..square import Square
UNIT = Square(1)
