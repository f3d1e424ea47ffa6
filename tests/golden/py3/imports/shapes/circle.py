print("shapes.circle executing")
from .geometry.constants import PI
from .geometry import constants as consts
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(PI * self.r ** 2, 4)
same = consts.PI is PI
