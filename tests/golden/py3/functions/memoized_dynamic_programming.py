import functools

@functools.lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a: return len(b)
    if not b: return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))

for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(x, y, edit_distance(x, y))
print(edit_distance.cache_info().misses > 0)

def memo(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memo
def lcs(a, b):
    if not a or not b:
        return ""
    if a[-1] == b[-1]:
        return lcs(a[:-1], b[:-1]) + a[-1]
    x, y = lcs(a[:-1], b), lcs(a, b[:-1])
    return x if len(x) >= len(y) else y

print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"), len(lcs.cache))

def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for v in range(c, amount + 1):
            ways[v] += ways[v - c]
    return ways[amount]

def min_coins(coins, amount):
    INF = float('inf')
    best = [0] + [INF] * amount
    for v in range(1, amount + 1):
        for c in coins:
            if c <= v and best[v - c] + 1 < best[v]:
                best[v] = best[v - c] + 1
    return best[amount] if best[amount] != INF else -1

print(coin_change([1, 2, 5], 11), coin_change([2, 5, 3, 6], 10), coin_change([1, 5, 10, 25, 50], 300))
print(min_coins([1, 2, 5], 11), min_coins([2], 3), min_coins([1, 7, 10], 14))

@functools.cache
def partitions(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return partitions(n - k, k) + partitions(n, k - 1)

print([partitions(n, n) for n in range(1, 20)], partitions(100, 100))

def knapsack(items, cap):
    dp = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            dp[c] = max(dp[c], dp[c - w] + v)
    return dp[cap]
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7), knapsack([(10, 60), (20, 100), (30, 120)], 50))

@functools.lru_cache(maxsize=None)
def grid_paths(r, c):
    return 1 if r == 0 or c == 0 else grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths.cache_info().currsize)
