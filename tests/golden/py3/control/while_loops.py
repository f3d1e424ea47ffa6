n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n", n)
else:
    print("while-else ran", n)
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print("never printed")
print("broke at", i)
k = 10
while k:
    k //= 2
else:
    print("k", k)
a, b = 0, 1
fib = []
while a < 100:
    fib.append(a)
    a, b = b, a + b
print(fib)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    print("outer", outer, "inner", inner)
    outer += 1
while 0:
    print("never")
else:
    print("empty while else")
