a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[5:5], a[20:30])
b = a[:]
b[2:5] = ["x"]; print(b)
b[0:0] = [-2, -1]; print(b)
b[len(b):] = [99]; print(b)
b[1:3] = []; print(b)
b[:] = "abc"; print(b)
c = list(range(10))
c[::2] = [0] * 5; print(c)
c[1::2] = "ABCDE"; print(c)
c[::-3] = [7, 7, 7, 7]; print(c)
del c[::3]; print(c)
del c[1:3]; print(c)
del c[-1]; print(c)
d = list(range(6))
d[2:4] = range(100, 105); print(d)
d[-2:] = (); print(d)
d[10:20] = [1]; print(d)
d[5:2] = ["in"]; print(d)
for bad in [lambda: a.__setitem__(slice(None, None, 2), [1, 2]), lambda: a.__setitem__(slice(0, 3, -1), [1]),
            lambda: a.__setitem__(slice(None, None, 0), []), lambda: a.__getitem__(slice(None, None, 0)),
            lambda: a.__setitem__(slice(0, 2), 5), lambda: a.__getitem__(20), lambda: a.__setitem__(-20, 0),
            lambda: a.__getitem__("1"), lambda: a.__delitem__(15)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
e = [1, 2, 3]
e[1:2] = e; print(e)
f = [1, 2, 3, 4]
f[::-1] = f; print(f)
g = list(range(20))
print(g[slice(2, 15, 3)], g[slice(None)], g[-100:100], g[5:-5:4], g[::-7])
e[0] = [e]
print(len(e), type(e[0]).__name__)
a[::2] = [1, 2, 3]
