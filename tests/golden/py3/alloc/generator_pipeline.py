def numbers(n):
    for i in range(n):
        yield i
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
total = sum(evens(squares(numbers(1_000_000))))
print(total)
gens = [(j * k for k in range(10)) for j in range(50_000)]
print(sum(sum(g) for g in gens))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
last = 0
for _ in range(5000):
    last = next(f)
print(len(str(last)), last % 10**12)
chunks = 0
for i in range(100_000):
    g = (c for c in "abc")
    chunks += len(list(g))
print(chunks)
