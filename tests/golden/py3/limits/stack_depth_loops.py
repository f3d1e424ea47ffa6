import sys
def iterative_depth(n):
    stack = [(0, n)]
    best = 0
    while stack:
        d, k = stack.pop()
        best = max(best, d)
        if k > 0:
            stack.append((d + 1, k - 1))
    return best
print(iterative_depth(100000))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
sys.setrecursionlimit(5000)
print(ackermann(2, 3), ackermann(2, 100), ackermann(3, 5))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(15, "A", "B", "C", [])), hanoi(3, "A", "B", "C", []))
sys.setrecursionlimit(60)
ackermann(3, 5)
