name = "world"
a = f'hello {name}'
b = f"{name!r} {name!s} {name!a}"
c = f'{x:>10} {x:{width}.{precision}} {x:%Y-%m-%d}'
d = f'{x=} {x = } {x=!s} {x=:>4} {x.y=}'
e = f'{{literal}} {{{x}}}'
f = f'plain' 'text' f'{y}' "more"
g = 'start' f'{a}{b}' 'end'
h = f'''multi
{line}
  {a +
b}'''
i = f'{"nested"} {f"{inner}"}'
j = f'{a["key"]} {b[0]:d}'
k = f'{x!r:^{w}}'
l = rf'\d{x}\n' fr'{y}\t'
m = f'{lambda_x if c else d}'
n = f'é{x}ü{y}'
o = f''
p = f'{ x }'
q = f'{x,y}'
r = f'{3.14:.{n}f}'
s = f'\N{BULLET} {x} \\N{x}'
t = f'{x:{{}}>10}'
u = F'{a}' fR'{b}'
v = f"{'a' if x else 'b'}"
w = f'{(lambda: 1)()}'
x2 = f'{x!r}' f'{y}'
y2 = f'{yield_value}'
z2 = f'{a}' 'é' f'{b}'
