# int's slots do not accept floats, nor float's complexes: a subclass's reflected method runs.
class Meters(float):
    def __radd__(self, other):
        return "Meters.__radd__(%r)" % (other,)

    def __rsub__(self, other):
        return "Meters.__rsub__(%r)" % (other,)

    def __gt__(self, other):
        return "Meters.__gt__(%r)" % (other,)


class Plain(float):
    pass


class Phase(complex):
    def __rmul__(self, other):
        return "Phase.__rmul__(%r)" % (other,)


print(1 + Meters(2))
print(True + Meters(2))
print(1.5 + Meters(2))
print(1 - Meters(2))
print(1 < Meters(2))
print(2.0 < Meters(2))
print(2 * Phase(1))
print(2.0 * Phase(1))
print(1j * Phase(1))
print(1 - Plain(2), type(1 - Plain(2)).__name__)
print(1 < Plain(2), 3 > Plain(2), 1 == Plain(1.0))
print(10 ** Plain(2), divmod(7, Plain(2)))


class Count(int):
    def __radd__(self, other):
        return "Count.__radd__(%r)" % (other,)


print(1 + Count(2))
print(1.0 + Count(2))
print(Count(2) + 1, type(Count(2) + 1).__name__)
