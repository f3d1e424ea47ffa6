class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
    def __repr__(self):
        return f"Idx({self.n})"

i = Idx(2)
data = list("abcdef")
print(data[i], data[Idx(-1)], data[Idx(1):Idx(4)], "xyz"[i])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3))[Idx(1)], list(range(Idx(4))))
print([0] * Idx(3), "ab" * Idx(2), bytes(Idx(3)), int(Idx(7)) if hasattr(Idx, '__int__') else 'no __int__')
print(operator_index := __import__('operator').index(Idx(9)))
print(int.__index__(5), (True).__index__())
try:
    int(Idx(7))
    print("int() used __index__")
except TypeError as e:
    print("TypeError:", e)
print(format(Idx(10), 'b') if False else f"{Idx(10).__index__():b}")
for bad in [lambda: data[1.0], lambda: data['1'], lambda: "abc"[None:Idx(1)], lambda: [1][Idx(5)],
            lambda: range(3.0), lambda: hex(2.5), lambda: [1, 2][Idx('x')]]:
    try:
        print(bad())
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
class BadIdx:
    def __index__(self):
        return "nope"
try:
    [1, 2][BadIdx()]
except TypeError as e:
    print("TypeError:", e)
class BigIdx:
    def __index__(self):
        return 10 ** 30
try:
    [1][BigIdx()]
except IndexError as e:
    print("IndexError:", e)
print(round(2.567, Idx(2)), divmod(Idx(7), 2) if hasattr(Idx, '__divmod__') else 'no divmod')
import math
print(math.comb(Idx(5), Idx(2)), math.factorial(Idx(5)))
