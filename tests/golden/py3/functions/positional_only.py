def p(a, b, /, c, d=4):
    return a, b, c, d
print(p(1, 2, 3), p(1, 2, c=3), p(1, 2, 3, 5))
def kw_like_posonly(name, /, **kw):
    return name, kw
print(kw_like_posonly("pos", name="kw"))
try:
    p(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def only(a, /):
    return a
try:
    only()
except TypeError as e:
    print("TypeError:", e)
try:
    only(1, 2)
except TypeError as e:
    print("TypeError:", e)
def defaults(a=1, b=2, /):
    return a + b
print(defaults(), defaults(10), defaults(10, 20))
print(len("abc"), divmod(7, 2), pow(2, 10, 1000))
try:
    len(obj="abc")
except TypeError as e:
    print("TypeError:", e)
def many(a, b, c, d, e):
    return a
try:
    many(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    many(1, 2, 3, 4, 5, 6)
except TypeError as e:
    print("TypeError:", e)
def dflt(a, b=1):
    pass
try:
    dflt(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
