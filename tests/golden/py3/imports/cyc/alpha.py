print("alpha start")
from . import beta
A_VALUE = "alpha value"
def use_beta():
    return "alpha sees " + beta.B_VALUE
print("alpha end")
