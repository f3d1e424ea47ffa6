grid = ["#########",
        "#S..#...#",
        "#.#.#.#.#",
        "#.#...#.#",
        "#.#####.#",
        "#...#..E#",
        "#########"]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == 'S')
end = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == 'E')
print(start, end)
frontier = [start]
came = {start: None}
while frontier:
    nxt = []
    for r, c in frontier:
        if (r, c) == end:
            break
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            p = (r + dr, c + dc)
            if grid[p[0]][p[1]] == '#' or p in came:
                continue
            came[p] = (r, c)
            nxt.append(p)
    else:
        frontier = nxt
        continue
    break
path = []
node = end
while node:
    path.append(node)
    node = came[node]
print(len(path) - 1, path[::-1][:5])
canvas = [list(row) for row in grid]
for r, c in path[1:-1]:
    canvas[r][c] = '*'
print('\n'.join(''.join(row) for row in canvas))
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()
count = 0
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 20:
        break
    count += i
else:
    print("never printed")
print(count, i)
found = None
for row_i, row in enumerate(grid):
    for col_i, ch in enumerate(row):
        if ch == 'E':
            found = (row_i, col_i)
            break
    if found:
        break
print(found, row_i, col_i)
