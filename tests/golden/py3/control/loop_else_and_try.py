def search(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
search([1, 2, 3], 2)
search([1, 2, 3], 5)
def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("try", i)
        finally:
            print("finally", i)
    else:
        print("else never")
    return "done"
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            print("finally before return", i)
print(g())
def h():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                break
    return i
print(h())
def k():
    while True:
        try:
            return "from try"
        finally:
            return "finally wins"
print(k())
results = []
for a in range(3):
    for b in range(3):
        if a + b == 3:
            break
    else:
        results.append(("no break", a))
        continue
    results.append(("break", a, b))
print(results)
