for n in [0, 1, 7, 8, 255, 256, 4095, -4096, 10**18, -(2**64)]:
    print(n, bin(n), oct(n), hex(n), format(n, "b"), format(n, "o"), format(n, "X"), int(hex(n), 16), int(bin(n), 0))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for b in [2, 3, 7, 16, 36]:
    s = to_base(123456789, b)
    print(b, s, int(s, b) == 123456789, to_base(-35, b), int(to_base(-35, b), b))
print(int("zz", 36), int("ZZ", 36), int("-Zz", 36), int("0x_ff", 16), int("0b1_0", 2), int("0o_7", 8))
print(int("1" * 64, 2) == 2**64 - 1, int("7" * 22, 8), int("f" * 16, 16) == 2**64 - 1)
print(0x7F, 0o777, 0b1010_1010, 1_000_000, 0xdead_beef, 0O17, 0B11, 0XFF)
print(int(" \n 42 \t "), int("+0"), int("-0"), int("00000"), int("0" * 50 + "1"))
print(int("٠١٢٣٤٥٦٧٨٩"), int("\u0f20\u0f21"), int("𝟏𝟐"))
print(int("1_2_3"), float("1_2.3_4"), complex("1_0+2_0j"))
for s, b in [("12", 1), ("12", 37), ("1_", 10), ("0x10", 10), ("0b2", 0), ("0o8", 0), ("", 16), ("0_", 0)]:
    try:
        int(s, b)
    except ValueError as e:
        print("ValueError:", e)
print(int("10", base=0x10), int(x="10") if False else int("10", 8))
int("0x10")
