def worker():
    total = 0
    while True:
        item = yield total
        total += item
w = worker()
next(w)
print(w.send(1), w.send(2))
w.send("three")
