class Sparse:
    def __init__(self, rows, cols, data=None):
        self.rows, self.cols = rows, cols
        self.data = {k: v for k, v in (data or {}).items() if v}
    @classmethod
    def from_dense(cls, m):
        return cls(len(m), len(m[0]), {(r, c): v for r, row in enumerate(m) for c, v in enumerate(row)})
    def __getitem__(self, rc):
        r, c = rc
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"index {rc} out of range for {self.rows}x{self.cols}")
        return self.data.get(rc, 0)
    def __setitem__(self, rc, v):
        if v:
            self.data[rc] = v
        else:
            self.data.pop(rc, None)
    def __matmul__(self, o):
        if self.cols != o.rows:
            raise ValueError("dimension mismatch")
        by_row = {}
        for (r, c), v in o.data.items():
            by_row.setdefault(r, []).append((c, v))
        out = {}
        for (r, k), v in self.data.items():
            for c, w in by_row.get(k, ()):
                out[r, c] = out.get((r, c), 0) + v * w
        return Sparse(self.rows, o.cols, out)
    def T(self):
        return Sparse(self.cols, self.rows, {(c, r): v for (r, c), v in self.data.items()})
    def dense(self):
        return [[self[r, c] for c in range(self.cols)] for r in range(self.rows)]
    def __repr__(self):
        return f"Sparse({self.rows}x{self.cols}, nnz={len(self.data)}, {sorted(self.data.items())})"

a = Sparse.from_dense([[1, 0, 0], [0, 0, 2], [3, 0, 4]])
b = Sparse.from_dense([[0, 5], [6, 0], [0, 7]])
print(a, b)
print((a @ b).dense(), a.T().dense(), (a @ a.T()).dense())
a[0, 0] = 0
a[1, 1] = 9
print(a, a[1, 1], a[0, 0])
big = Sparse(1000, 1000, {(i, (i * 7) % 1000): i for i in range(1000)})
sq = big @ big.T()
print(len(sq.data), sum(sq.data.values()), sq[999, 999])
try:
    a[3, 0]
except IndexError as e:
    print("IndexError:", e)
try:
    a @ Sparse(2, 2)
except ValueError as e:
    print("ValueError:", e)
