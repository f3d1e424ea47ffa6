print(1_000_000, 0x_FF_FF, 0o_7_7, 0b_1010_1010, 1_0.0_1, 1e1_0, 0_0, 00)
print(1_2j, .5_5, 5_5., 0xdead_beef, 0B1, 0O17, 0XaBc)
print(int("1_000"), float("1_0.5"), int("0x_1f", 16), int("0b11", 0), int("0_7", 10) if False else int("07"))
for s in ["1__0", "1_", "0x_", "1_.5", "1._5", "1e_5"]:
    try:
        print(s, eval(s))
    except SyntaxError as e:
        print(s, "SyntaxError:", e.msg)
for s in ["1__0", "_1", "1_", "1_000.0_1"]:
    try:
        print(s, float(s))
    except ValueError as e:
        print("ValueError:", e)
print(type(1_0), type(1_0.), type(1_0j), 0.000_001, 1_000e-3)
print(f"{1_000_000:_}", f"{0xFFFF:_x}", f"{12345678:_b}"[-9:], format(10**10, ','))
print(0xFFFFFFFFFFFFFFFFFFFFFFFF, 0o777777777777777777777, -0b1111111111111111111111111111111111111111)
print(1 .real, 1.0.is_integer(), 1_0 .bit_length(), 0x_f .__index__())
