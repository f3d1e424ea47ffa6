# CPython warns (once per line, for code in __main__) when a conversion method returns an
# instance of a subclass of int or float, and when int() falls back on __trunc__.
class Sub(int):
    pass


class FSub(float):
    pass


class Legacy:
    def __trunc__(self):
        return 7


class BoolInt:
    def __int__(self):
        return True


class SubIndex:
    def __index__(self):
        return Sub(3)


class SubFloat:
    def __float__(self):
        return FSub(2.5)


print(int(Legacy()))
print(int(BoolInt()), type(int(BoolInt())).__name__)
print([10, 20, 30, 40][SubIndex()], hex(SubIndex()))
print(float(SubFloat()), type(float(SubFloat())).__name__)
for i in range(3):
    print(int(BoolInt()))


def convert(x):
    return int(x)


print(convert(BoolInt()), convert(BoolInt()))
print(b"\\q".decode("unicode_escape"))
