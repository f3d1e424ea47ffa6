people = [("Ada Lovelace", 1815, 36, 1.652), ("Alan Turing", 1912, 41, 1.778), ("Grace Hopper", 1906, 85, 1.6),
          ("Edsger Dijkstra", 1930, 72, 1.85), ("Barbara Liskov", 1939, 0, 1.63)]
header = "{:<16}|{:>6}|{:>5}|{:>8}|{:>9}".format("Name", "Born", "Age", "Height", "Age/H")
print(header)
print("-" * len(header))
for name, born, age, height in people:
    ratio = age / height if age else float("nan")
    print("{:<16}|{:>6d}|{:>5}|{:>7.2f}m|{:>9.3f}".format(name, born, age or "-", height, ratio))
print("=" * len(header))
ages = [a for _, _, a, _ in people if a]
print("{:<16}|{:>6}|{:>5.1f}|{:>8}|".format("mean", "", sum(ages) / len(ages), ""))
print("%-16s|%6d|%5d|" % ("oldest", min(b for _, b, _, _ in people), max(ages)))
for name, born, age, height in people:
    initials = "".join(w[0] for w in name.split())
    print(f"{initials:>3} {born % 100:02d} {age:03d} {height:6.1%} {born:#06x} {born:b}")
totals = [sum(x[i] for x in people) for i in (1, 2, 3)]
print(f"{totals[0]:,} {totals[1]:_} {totals[2]:.4f} {totals[2]:e}")
