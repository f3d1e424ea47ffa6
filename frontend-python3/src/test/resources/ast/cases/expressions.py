x = a or b or c and d and not e
y = a < b <= c == d != e > f >= g is h is not i in j not in k
z = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
w = -a + +b * ~c ** -d ** e
v = await_ = 1
u = (yield)
t = lambda: 0
s = lambda a, b=1, *c, d, e=2, **f: a
s2 = lambda *, k: k
s3 = lambda a, /, b: a
r = a if b else c if d else e
q = (x := 10) + (y := 20)
p = [x for x in range(10) if x if x > 2 for y in x]
o = {k: v for k, v in items}
n = {x for x in y}
m = (x for x in y)
l = f(x for x in y)
k = f(a, *b, c=d, *e, **f, g=h)
j = a[1], a[1:2], a[::], a[:], a[1:2:3], a[:, 1], a[..., None], a[b:=1], a[*c], a[1,]
i = a.b.c(d)[e].f
h = [], [1], [1, 2,], (), (1,), (1, 2), {}, {1}, {1: 2, **d}, {*a, *b}
g = [*a, *b], (*a, *b), print(*a, sep="")
e = 1, 2, 3
d = ..., None, True, False
c = 0, 1_000, 0x_ff, 0o17, 0b1010, 1.5, 1e10, 1.5e-10, .5, 5., 1j, 1.5J, 1e400, 123456789012345678901234567890
b = not a == b
a = x if (y := 1) else [z for z in w]
aa = f(a)(b)(c)
ab = f(
    a,
    b,
)
ac = a . b
ad = -1 ** 2
ae = (a
      + b)
