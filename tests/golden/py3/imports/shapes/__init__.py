print("shapes package init, __name__ =", __name__, "__package__ =", __package__)
VERSION = (1, 2)
from .square import Square
from . import circle
__all__ = ["Square", "area_of"]
def area_of(shape):
    return shape.area()
_hidden = "not exported by star"
