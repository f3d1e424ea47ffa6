print("beta start")
from . import alpha
B_VALUE = "beta value"
def use_alpha():
    return "beta sees " + alpha.A_VALUE
try:
    print("alpha.A_VALUE during cycle:", alpha.A_VALUE)
except AttributeError as e:
    print("AttributeError during cycle:", e)
print("beta end")
