from . import loaded
loaded.append("sub")
VALUE = 99
