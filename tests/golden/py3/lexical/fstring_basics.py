name = "world"
n = 42
print(f"hello {name}!")
print(f"{n} {n + 1} {n * 2}")
print(f"{{literal}} {{{n}}}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|")
print(f"{n:05}|{n:+}|{-n:+}|{n: }|")
print(f"{3.14159:.2f} {3.14159:10.3f} {1234567.891:,.2f} {0.25:%}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#o} {5:b} {5:#010b}")
print(f"{1e10:e} {1e-5:g} {123.0:g} {1234567:_} {0.5:.0%}")
print(f"{'left':*<10}{'right':->10}{'mid':=^9}")
print(f"{n=}", f"{n + 1 = }", f"{name=!s}", f"{3.5=:.2f}")
print(f"{'nested ' + f'{n}'}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|")
print(f"{[1, 2, 3]} {(1,)} {dict(a=1)}")
print(f"{n if n > 0 else -n}", f"{(lambda x: x * 2)(4)}")
print(f"{'a' 'b'}" f"{n}" "plain")
print(f"""triple {n}
second line""")
print(f"{-12:=8}|{'x':>{w}}|")
items = ['a', 'b']
print(f"{items[0]}{items[-1]} {len(items)}")
print(f"{n:{'>' if n else '<'}6}|")
