print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10**30))
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994]:
    print(x, round(x), type(round(x)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(-35, -1), round(12345, -10))
print(round(3.14159, 0), round(3.14159, 3), round(-3.14159, 1))
print(round(1e300, -300), round(123.456, 10), round(7), round(7, 2))
print(round(float("inf"), 2), round(float("nan"), 1))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(10**20, 7), divmod(True, 2))
print(pow(2, 10), pow(2, -1), pow(2, 0.5), pow(-8, 1 / 3).real > 0)
print(pow(3, 4, 5), pow(3, 200, 1000), pow(-3, 3, 7), pow(2, 10, -7))
print(pow(3, -1, 7), pow(5, -2, 13), pow(38, -1, 97))
print(pow(0, 0), pow(0.0, 0), type(pow(-1, 0.5)).__name__)
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (0, -1)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
print(round(1.5, None), type(round(2.5, None)).__name__)
divmod(1.0, 0.0)
