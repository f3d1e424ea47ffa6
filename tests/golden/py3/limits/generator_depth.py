def nested_gen(n):
    if n == 0:
        yield 0
    else:
        yield from nested_gen(n - 1)
        yield n
print(sum(nested_gen(200)))
try:
    sum(nested_gen(100000))
except RecursionError as e:
    print("RecursionError:", e)
def chain(n):
    g = iter([1])
    for _ in range(n):
        g = (x + 1 for x in g)
    return g
print(list(chain(500)))
try:
    list(chain(20000))
except RecursionError as e:
    print("RecursionError:", e)
print("after")
