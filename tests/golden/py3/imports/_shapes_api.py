__all__ = ['Circle', 'area_of', 'UNIT']

UNIT = 'cm'
_PI = 3.14159
HIDDEN_CONSTANT = 'not exported'

class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return _PI * self.r ** 2

def area_of(shape):
    return round(shape.area(), 3)

def helper():
    return 'helper not in __all__'
