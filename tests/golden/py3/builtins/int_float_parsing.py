good_int = ["0", "-0", "+17", "  42  ", "\t-7\n", "1_000_000", "0_0", "٣٤", "１２"]
for s in good_int:
    print(repr(s), int(s))
for s, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0),
             ("0b_101", 0), ("z", 36), ("Zz", 36), ("777", 8), ("-0x1_f", 0), ("10", 2),
             ("0", 0), ("00", 0), ("  0X1A ", 0), ("11", 3), ("0b1", 16)]:
    print(repr(s), b, int(s, b))
bad_int = [("", 10), ("1.5", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("012", 0),
           ("9", 8), ("2", 2), ("- 1", 10), ("abc", 10), ("1e5", 10), ("0x1g", 0), ("  ", 10)]
for s, b in bad_int:
    try:
        int(s, b)
    except ValueError as e:
        print("ValueError:", e)
for b in [1, 37, -1]:
    try:
        int("1", b)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int(3.99), int(-3.99), int(True), int(b"12"), int(bytearray(b" -5 ")), int(1e20))
for v in [float("inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
good_float = ["1", "1.5", "-2.25", "+.5", "5.", "1e10", "1E-3", "  3.25  ", "1_000.000_1",
              "inf", "-inf", "+Infinity", "iNfInItY", "nan", "-NaN", "-0.0", "0e0", ".1e+2",
              "1.7976931348623157e308", "1e309", "-1e309", "5e-324", "1e-400", "0x10" if False else "10"]
for s in good_float:
    print(repr(s), float(s), repr(float(s)))
for s in ["", "1.5.5", "1e", "e5", "infinit", "1_.5", "0x10", "nan(1)", "--1", "1 5", "1,5"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(float(10**20), float(True), float(b"2.5"), float(-7))
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
class I:
    def __int__(self):
        return 9
    def __float__(self):
        return 2.5
class X:
    def __index__(self):
        return 11
print(int(I()), float(I()), int(X()), float(X()))
print(int("1" * 50), int("-" + "9" * 30, 16))
int("12abc")
