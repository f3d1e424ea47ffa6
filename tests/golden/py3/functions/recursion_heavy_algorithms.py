import sys
print(sys.getrecursionlimit() >= 1000)

def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))

def hanoi(n, src='A', dst='C', via='B', moves=None):
    if moves is None: moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(hanoi(3), len(hanoi(12)))

def permutations(xs):
    if len(xs) <= 1:
        return [xs]
    return [[x] + p for i, x in enumerate(xs) for p in permutations(xs[:i] + xs[i+1:])]
print(len(permutations(list(range(6)))), permutations([1, 2, 3]))

def flood(grid, r, c, seen):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != '.' or (r, c) in seen:
        return 0
    seen.add((r, c))
    return 1 + sum(flood(grid, r + dr, c + dc, seen) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)))
grid = ["..#.....", ".##.###.", "...#...#", "####.#..", "......#."]
seen = set()
print([flood(grid, r, c, seen) for r in range(len(grid)) for c in range(len(grid[0])) if grid[r][c] == '.' and (r, c) not in seen])

def depth_sum(n):
    return 0 if n == 0 else n + depth_sum(n - 1)
print(depth_sum(900))

def mutual_even(n): return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n): return False if n == 0 else mutual_even(n - 1)
print(mutual_even(400), mutual_odd(401), mutual_even(7))

def subsets(xs):
    if not xs: return [[]]
    rest = subsets(xs[1:])
    return rest + [[xs[0]] + s for s in rest]
print(len(subsets(list(range(12)))), sorted(subsets("abc")))

def catalan_parens(n, open_=0, close=0, cur=''):
    if len(cur) == 2 * n:
        return [cur]
    out = []
    if open_ < n: out += catalan_parens(n, open_ + 1, close, cur + '(')
    if close < open_: out += catalan_parens(n, open_, close + 1, cur + ')')
    return out
print([len(catalan_parens(n)) for n in range(1, 9)], catalan_parens(3))

def gcd(a, b): return a if b == 0 else gcd(b, a % b)
print(gcd(2 ** 100 - 1, 2 ** 60 - 1), gcd(fib := 832040, 514229))
def flatten(x):
    return [y for e in x for y in flatten(e)] if isinstance(x, list) else [x]
nested = 0
for i in range(300):
    nested = [i, nested]
print(len(flatten(nested)), flatten([[1, [2, [3, [4]]]], 5]))
