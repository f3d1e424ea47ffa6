import math
rows = [("Widget", 4, 3.5), ("Gadget", 12, 12.25), ("Thingamajig", 1, 999.999)]
print(f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>11}")
print("-" * 38)
grand = 0
for item, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{item:<12}{qty:>5d}{price:>10.2f}{total:>11,.2f}")
print("=" * 38)
print(f"{'Grand total':<27}{grand:>11,.2f}")
print("{:-^38}".format(" end "))
for i in range(0, 17, 4):
    print("{0:>3d} {0:>#6x} {0:>#8o} {0:>#10b} {1:>8.4f} {2:>10.3e}".format(i, math.sqrt(i), 10.0 ** i))
print(format(math.pi, ".50g"))
print(format(math.e, ".0e"), format(math.tau, "10.1f"), format(-math.inf, "^9"))
print("%-10s|%10s|" % ("left", "right"), "{:<10}|{:>10}|".format("left", "right"))
print(str(12), repr(12), format(12), "%s" % 12, f"{12}", "{}".format(12))
print(str(1.25), repr(1.25), format(1.25), "%s" % 1.25, "%r" % 1.25, "%f" % 1.25, f"{1.25}")
print(str(1e50), repr(1e-50), format(1e50, ""), format(1e50, "f")[:20], "%s" % 1e50, "%.3g" % 1e50)
print(str(complex(1.5, -2)), format(complex(1.5, -2), ".2f"), format(1j, ""), format(1 + 2j, ">12"))
print("{:.3}".format(math.pi), "{:.3}".format("string"), "{:10.3}|".format(1234.5678))
