def countdown(n):
    if n == 0:
        raise ValueError("reached zero")
    return countdown(n - 1)
def start(n):
    return countdown(n)
try:
    start(2)
except ValueError as e:
    print("caught:", e)
print("now uncaught with many identical frames")
start(7)
