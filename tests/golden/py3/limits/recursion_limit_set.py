import sys
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(200)
a = depth()
sys.setrecursionlimit(400)
b = depth()
print(a < 200, b < 400, b > a, b - a > 150)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
sys.setrecursionlimit(3000)
print(count(2500))
sys.setrecursionlimit(100)
try:
    count(150)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(count(900))
print(sys.getrecursionlimit())
