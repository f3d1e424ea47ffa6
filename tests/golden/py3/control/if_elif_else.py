def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-3, 0, 4, 99)])
for v in (0, 1, "", "a", [], [0], None, 0.0, {}, {0: 0}):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
if x == 1: pass
elif x == 5: print("elif one-liner")
if not x: print("never")
else: print("else one-liner")
