def mat(rows):
    return [list(r) for r in rows]

def mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch {len(a)}x{len(a[0])} * {len(b)}x{len(b[0])}")
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def transpose(a):
    return [list(c) for c in zip(*a)]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def power(a, k):
    result = identity(len(a))
    while k:
        if k & 1:
            result = mul(result, a)
        a = mul(a, a)
        k >>= 1
    return result

def det(a):
    n = len(a)
    if n == 1:
        return a[0][0]
    if n == 2:
        return a[0][0] * a[1][1] - a[0][1] * a[1][0]
    return sum((-1) ** j * a[0][j] * det([row[:j] + row[j+1:] for row in a[1:]])
               for j in range(n))

def show(name, m):
    print(name)
    w = max(len(str(x)) for row in m for x in row)
    for row in m:
        print('  [' + ' '.join(str(x).rjust(w) for x in row) + ']')

A = mat([[1, 2, 3], [4, 5, 6]])
B = mat([[7, 8], [9, 10], [11, 12]])
show("A*B", mul(A, B))
show("B*A", mul(B, A))
show("A^T", transpose(A))
F = [[1, 1], [1, 0]]
print("fib via matrix:", [power(F, k)[0][1] for k in range(1, 15)])
print("F^100[0][1] =", power(F, 100)[0][1])
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det", det(M), det(identity(4)), det([[1, 2], [2, 4]]))
show("M^3", power(M, 3))
print("row aliasing:")
bad = [[0] * 3] * 3
bad[0][0] = 9
good = [[0] * 3 for _ in range(3)]
good[0][0] = 9
print(bad, good)
try:
    mul(A, A)
except ValueError as e:
    print("ValueError:", e)
print(sum(map(sum, power(M, 5))))
