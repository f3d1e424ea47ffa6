items = [("Widget", 4, 3.5), ("Gadget with a very long name", 1, 129.99), ("Nut", 250, 0.021),
         ("Bolt", 250, 0.05), ("Service fee", 1, 45.0), ("Discount", 1, -20.0)]
W = 44
print(f"{'INVOICE':^{W}}")
print(f"{'#':>2} {'item':<20} {'qty':>4} {'price':>7} {'total':>8}")
print('=' * W)
subtotal = 0
for i, (name, qty, price) in enumerate(items, 1):
    total = qty * price
    subtotal += total
    shown = name if len(name) <= 20 else name[:17] + '...'
    print(f"{i:>2} {shown:<20} {qty:>4d} {price:>7.2f} {total:>8,.2f}")
print('-' * W)
tax = subtotal * 0.0825
for label, v in [("Subtotal", subtotal), ("Tax 8.25%", tax), ("TOTAL", subtotal + tax)]:
    print(f"{label:>35} {v:>8.2f}")
print(f"{'paid in full' if subtotal > 100 else 'due':*^{W}}")
print("%-10s|%5d|%8.3f|%+.1e|%x|%o|%c|%%" % ("pct", 42, 3.14159, 12345.678, 255, 8, 65))
print("{:<8}|{:^8}|{:>8}|{:08.3f}|{:+d}|{: d}".format("l", "c", "r", -3.14159, 5, 5))
print("{0}{1}{0}".format("ab", "-"), "{name}:{val:.1%}".format(name="ratio", val=0.4567))
print(f"{12345.6789:,.2f} {12345.6789:_.1f} {-0.004:.2f} {1e-3:.0e} {1234:e}")
print(f"{'x':>{5}} {'y':{'<'}{6}}| {3:{'0'}>{4}}")
for v in (65, 90, 255, 4096):
    print(f"{v:>6} {v:#06x} {v:#o} {v:#b} {v:c}" if v < 0x110000 else '')
