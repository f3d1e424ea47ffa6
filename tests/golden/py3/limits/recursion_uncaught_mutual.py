def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
import sys
sys.setrecursionlimit(30)
print("mutual recursion")
ping(0)
