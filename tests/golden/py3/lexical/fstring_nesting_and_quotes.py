d = {"key": "value", "n": 3}
print(f"{d['key']} {d['n'] if d else 0}")
print(f'{"double inside single"}', f"{'single inside double'}")
print(f'''{"triple" + '-' + 'mixed'}''', f"""{'''nested triple'''}""")
width = 8
prec = 2
val = 3.14159
print(f"[{val:{width}.{prec}f}] [{val:<{width}}] [{'x':{'^'}{width}}]")
print(f"{'{'}braces{'}'} {{escaped}} {{{d['n']}}}")
items = [1, 2, 3]
print(f"{', '.join(str(i) for i in items)}", f"{[i * 2 for i in items]}", f"{sum(items)=}")
print(f"{items!r:>15}|{str(items)!s:^15}|")
name = "Ann"
print(f"{name!r:*^10}", f"{name=:>6}", f"{name = }")
print(f"{chr(9731)}", "\N{SNOWMAN}", chr(9731) == "\u2603")
print(f"{3+4j!s} {-0.0:+.1f} {1_000_000:_d} {255:08b}")
print(f"{'a':{'>'}{3}}|{'b':<3}|")
nested = f"outer {f'inner {1 + 1}'}"
print(nested)
class W:
    def __format__(self, spec): return f"W({spec})"
    def __repr__(self): return "W!r"
    def __str__(self): return "W!s"
w = W()
print(f"{w} {w!r} {w!s} {w:spec} {w!r:>5}")
print(f"{1 if True else 2}{(lambda: 'L')()}{len('abc')}")
print(f"{'multi' + 'line'}", f"""{('implicit'
      ' continuation')}""")
