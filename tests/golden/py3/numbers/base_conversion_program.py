DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if not 2 <= b <= 36:
        raise ValueError(f"base {b} out of range")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

for n in [0, 1, 255, -255, 1000, 2 ** 64, 123456789]:
    row = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    assert all(int(s, b) == n for s, b in zip(row, (2, 3, 8, 16, 36)))
    print(n, row)
print(int("zz", 36), int("-0x1F", 16), int("0b101", 0), int("0o17", 0), int(" 42 "), int("+7"), int("١٢٣"))
for s, b in [("12", 2), ("0x1G", 16), ("", 10), ("1.5", 10), ("08", 0), ("z", 37)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
def balanced_ternary(n):
    out = []
    while n:
        n, r = divmod(n, 3)
        if r == 2:
            n += 1
            r = -1
        out.append("0+-"[r])
    return "".join(reversed(out)) or "0"
print([balanced_ternary(n) for n in range(-4, 9)])
def frac_to_base(x, b, digits=12):
    out = []
    for _ in range(digits):
        x *= b
        d = int(x)
        out.append(DIGITS[d])
        x -= d
        if not x:
            break
    return "0." + "".join(out)
print(frac_to_base(0.1, 2), frac_to_base(0.5, 3), frac_to_base(0.75, 16), frac_to_base(0.1, 10))
print(format(255, 'b'), format(255, 'o'), format(255, 'X'), f"{255:#010b}", bin(-5), hex(-255), oct(0))
try:
    to_base(5, 40)
except ValueError as e:
    print("ValueError:", e)
