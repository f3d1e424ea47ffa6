import sys
def depth(n):
    return depth(n + 1)
for attempt in range(3):
    try:
        depth(0)
    except RecursionError as e:
        print("attempt", attempt, "caught:", e)
def measure(n=0):
    try:
        return measure(n + 1)
    except RecursionError:
        return n
m = measure()
print(m > 100, m < sys.getrecursionlimit())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(500) % 10**9 == 0, len(str(fact(500))))
print(issubclass(RecursionError, RuntimeError), RecursionError.__mro__[1].__name__)
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(800))
print("still running")
