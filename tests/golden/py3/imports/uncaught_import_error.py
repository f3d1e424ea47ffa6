print("before import")
import _greetings
from shapes import Triangle
print("never")
