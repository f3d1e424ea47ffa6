def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
n = 60
a = [[(i * n + j) % 7 - 3 for j in range(n)] for i in range(n)]
b = [[(i + 2 * j) % 5 - 2 for j in range(n)] for i in range(n)]
c = matmul(a, b)
print(sum(map(sum, c)), c[0][:5], c[-1][-3:])
m = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for _ in range(5):
    m = matmul(m, a)
    m = [[v % 1000 for v in row] for row in m]
print(sum(map(sum, m)), m[3][7])
grid = [[0] * 300 for _ in range(300)]
for step in range(10):
    grid = [[(v + i + j + step) % 10 for j, v in enumerate(row)] for i, row in enumerate(grid)]
print(sum(map(sum, grid)))
