x, name, items = 42, "pyxis", [1, 2, 3]
print(f"{x=}", f"{name=}", f"{items=}", f"{x = }", f"{x*2=}", f"{name!r:>10}")
print(f"{name=!s}", f"{name=!a}", f"{'é'=!a}", f"{x=:08b}", f"{3.14159=:.2f}")
print(f"{items[1]=}", f"{len(items)=}", f"{ {'a': 1}['a'] = }")
print(f"{name!r}", f"{name!s}", f"{name!a}", f"{'ünï'!a}", f"{'ünï'!r}")
class P:
    def __repr__(self): return "P<repr>"
    def __str__(self): return "P<str>"
    def __format__(self, spec): return f"P<format {spec!r}>"
p = P()
print(f"{p}", f"{p!r}", f"{p!s}", f"{p:xyz}", f"{p!r:>10}", f"{p=}", f"{p=:spec}")
width, prec = 12, 3
print(f"[{3.14159:{width}.{prec}f}]", f"[{'left':<{width}}]", f"[{'c':^{width // 2}}]")
print(f"{'{'}braces{'}'}", f"{{literal}}", f"{{{x}}}", f"{x:{'>'}{5}}")
print(f"{'nested ' + f'{x:03}'}", f"{[f'{i:02}' for i in range(3)]}")
print(f"{x if x > 40 else 'small'}", f"{(lambda v: v * 2)(x)}", f"{x!r:^8}|")
d = {'k': 'v'}
print(f"{d['k']}", f'{d["k"]}', f"{'multi' 'part'}")
import math
print(f"{math.pi:.{prec}}", f"{math.pi:.{prec}e}", f"{math.pi!s:.4}", f"{-0.0:+}")
for bad in ['f"{x!z}"', 'f"{x:{{}}}"', 'f"{}"']:
    try:
        print(eval(bad))
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__ + ":", e.msg if isinstance(e, SyntaxError) else e)
