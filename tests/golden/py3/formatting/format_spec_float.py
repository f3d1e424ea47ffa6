vals = [0.0, -0.0, 1.0, -1.5, 3.14159265, 2.5, 1234567.891, 1e-7, 6.02e23, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".2f", ".0f", "#.0f", "10.3f", "<10.2f", "^12.4f", "+.1f", " .1f", "010.2f", "e", ".3e", "E",
         "g", ".3g", "#.3g", "G", ".10g", "n", "%", ".1%", ",.2f", "_.3f", "*>12.2e", "=+12.2f", ".0e", ".0%", "F"]
for spec in specs:
    print(("%-8s" % spec) + "|" + "|".join(format(v, spec) for v in vals))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e16, ""), format(1e16, "g"), format(123456789.0, ""), format(1e15, ".16g"), format(0.1, ".20f"))
print(format(1 / 3, ".17g"), format(2 / 3, ".50f"))
print(format(1e300 * 1e10, "f"), format(-1e-320, "e"), format(5e-324, ".3g"))
print(format(123.456, "z.1f") if False else "z-skip", format(-0.0001, ".2f"), format(-0.0, "+"))
print(format(3, "f"), format(3, ".2e"), format(3, "%"), format(True, ".1f"))
for spec in ["d", "x", "c", ",_f", "_,f", ".2s", "#c"]:
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print("ValueError:", e)
format(2.0, "b")
