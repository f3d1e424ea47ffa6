vals = [0, 7, -7, 42, -255, 1234567, -1234567890, 2**64]
specs = ["d", "5d", "<6d", "^7d", ">6d", "=+8d", "+d", " d", "-d", "08d", "_d", ",d", "x", "X",
         "#x", "#X", "o", "#o", "b", "#b", "#010b", "_b", "_x", "#_x", "n", "*^9", "0>5", "+,", "e", ".2f", "%", ".1%", "g"]
for spec in specs:
    print(("%-6s" % spec) + " | " + " | ".join(format(v, spec) for v in vals))
print(format(65, "c"), format(0x1F600, "c"), format(True, "d"), format(True, ""), format(False, "x"))
print(format(-0, "+d"), format(0, " d"), format(5, "=5"), format(-5, "=5"), format(-5, "05"))
print(format(255, "x<8"), format(255, "!^#10x"), format(-255, "0=#10x"), format(12, "#08b"))
for spec in ["s", ",b", ",x", "_c", "+c", ".2d", ",c", "z"]:
    try:
        print(format(42, spec))
    except ValueError as e:
        print("ValueError:", e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__ + ":", e)
print(format(10**40, ","), format(-(10**30), "_x"))
format(3, "=z")
