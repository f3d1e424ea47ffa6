name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"k": "v"}
print(f"Hello, {name}!", f"{n}", f"{n:>5}", f"{pi:.3f}", f"{n:#x}", f"{n:08b}")
print(f"{name!r} {name!s} {'é'!a} {items} {d['k']} {items[-1]} {len(items)}")
print(f"{n + 1} {n * 2:,} {n if n > 40 else 0} {'yes' if items else 'no'}")
print(f"{n=}", f"{pi=:.2f}", f"{name=!r}", f"{n = }", f"{items[0]=}", f"{n*2=:>6}")
width, prec = 10, 4
print(f"{pi:{width}.{prec}f}|{pi:<{width}}|{name:^{width}}|{name:*>{width}}")
print(f"{{literal}} {{{n}}} {'{}'}")
print(f"""triple {name}
second {n}""")
print(f"{'nested ' + f'{n:03d}'}", rf"raw\n{n}", fr"{name}\t")
print(f"{3.0:g} {1e-10:g} {1e20:.2e} {0.5:%} {-1:+d} {7: d}")
obj = type("Obj", (), {"__format__": lambda self, spec: f"<{spec}>", "__repr__": lambda self: "Obj()"})()
print(f"{obj} {obj:xyz} {obj!r} {obj!r:>8}")
print(f"{(lambda x: x * 2)(21)} {[i * i for i in range(4)]} {dict(a=1)}")
x = 5
print(f"{x:{'>' if x > 3 else '<'}5}", f"{x!r:^5}", f"{'a' 'b'}")
print(f"{n:_}", f"{2**20:_b}", f"{1234567.891:,.2f}", f"{-0.0:.1f}", f"{float('nan'):+}")
print(f"{'multi':{'^'}{12}}|", f"{True}", f"{None!r}", f"{b'x'}")
def f():
    return "called"
print(f"{f()} {f()!r:>10} {f.__name__}")
print(f"{n:d}", f"{n:s}")
