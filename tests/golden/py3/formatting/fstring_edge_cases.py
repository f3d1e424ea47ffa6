x = 10
d = {"a": 1, "b": [1, 2]}
print(f"{x!r:>5}|{x!s:<5}|{'q'!a}|{x:>{x}}|")
print(f"{d['a']} {d['b'][1]} {len(d)} {x if x else 'no'} {x:{'+' if x > 0 else '-'}}")
print(f"{'{'}{'}'} {{}} {{{x}}} {x}%")
print(f"{x:}", f"{x!r:}", f"{'':>3}|", f"{'':}|")
nested = "fmt"
print(f"{f'{nested}'.upper():*^11}")
print(f"{3.14159:.{2}f}", f"{3.14159:.{x // 5}e}", f"{123:{x}d}", f"{'ab'!r:{x}}")
print(f"{x = }", f"{x=!s}", f"{x =:>4}", f"{d['a']=}", f"{(x, x)=}", f"{x + 1 = :03d}")
vals = [1.5, 2.25]
print(f"{vals}", f"{vals[0]:.1f}", f"{[v * 2 for v in vals]}", f"{sum(vals):g}")
print(f"{'multi'}" f"{'part'}" "plain" f"{x}")
print(F"{x}", Rf"\d{x}", fR"{x}\n", rF"{x}")
class W:
    def __format__(self, spec):
        return "W(" + repr(spec) + ")"
    def __str__(self):
        return "Wstr"
    def __repr__(self):
        return "Wrepr"
w = W()
print(f"{w}", f"{w:}", f"{w:abc}", f"{w!s}", f"{w!r}", f"{w!s:>6}", f"{w=}")
print(f"{x:#b}", f"{x:#o}", f"{-x:#x}", f"{x:c}", f"{x * 1000:,}", f"{x / 3:.3}")
print(f"{None}", f"{True:>6}", f"{False!r}", f"{b'bytes'}", f"{1j}")
print(f"{x:q}")
