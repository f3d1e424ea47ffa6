values = [0.0, -0.0, 1.0, 0.1, 1 / 3, 2 / 3, 123.456, -9.995, 1e-7, 1.5e16, 12345678.9, float('inf'), float('nan')]
specs = ['', 'f', '.2f', '.0f', 'e', '.3e', 'g', '.3g', '%', '+.1f', '10.3f', '<10.2f', '^12.4g', '012.3f', ',.2f', '_.1f', '#.0f', 'E', 'G']
print(' ' * 13 + ''.join(f"{s!r:>16}" for s in specs[:6]))
for v in values:
    cells = []
    for s in specs:
        try:
            cells.append(format(v, s))
        except ValueError as e:
            cells.append('ERR')
    print(f"{v!r:>20}: " + ' | '.join(cells))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1.005:.2f} {2.675:.2f}")
print(f"{1e22:f} {1e-5:g} {1e-4:g} {123456789.0:g} {1234567.0:g}")
print(f"{-1e-10:.3f} {-0.0001:.2f} {0.5:%} {1.23456789e-300:.3g}")
print(format(12.0, '.10g'), format(12.0, '#.10g'), format(1.0, '#g'), repr(1e16), str(1e15))
for bad in ['d', 'x', 's', '.2d', ',_f']:
    try:
        format(1.5, bad)
    except ValueError as e:
        print("ValueError:", e)
