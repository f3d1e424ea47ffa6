s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[8:2:-2])
print(s[100:], s[-100:2], s[5:1], s[::-3], s[-1:-4:-1])
t = "abcdefgh"
print(t[1:4], t[::-1], t[::3], t[-2:], t[:0] == "")
print((1, 2, 3, 4)[1:3], b"bytes"[1:3], range(10)[2:8:2])
s[2:5] = ["x"]
print(s)
s[:0] = [-1, -2]
print(s)
s[::2] = "ABCDEF"[:len(s[::2])]
print(s)
del s[1:3]
print(s)
del s[::2]
print(s)
try:
    s[::2] = [1, 2, 3, 4, 5, 6, 7]
except ValueError as e:
    print("ValueError:", e)
sl = slice(1, 8, 3)
print(sl, sl.start, sl.stop, sl.step, "abcdefghij"[sl], sl.indices(5))
print(slice(None, None, -1).indices(4), slice(5).indices(10))
class Show:
    def __getitem__(self, k): return k
sh = Show()
print(sh[1], sh[1:2], sh[::], sh[1:2, 3], sh[..., 1], sh[:, :-1])
u = [1, 2, 3]
v = u[:]
v.append(4)
print(u, v, u[:] is u)
try:
    "abc"[::0]
except ValueError as e:
    print("ValueError:", e)
