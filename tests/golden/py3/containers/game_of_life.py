def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines())
            for c, ch in enumerate(line) if ch == '#'}

def step(live):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = (r + dr, c + dc)
                    counts[k] = counts.get(k, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, rows, cols, r0=0, c0=0):
    return '\n'.join(''.join('#' if (r, c) in live else '.' for c in range(c0, c0 + cols))
                     for r in range(r0, r0 + rows))

def bbox(live):
    rs = [r for r, _ in live]; cs = [c for _, c in live]
    return min(rs), min(cs), max(rs), max(cs)

glider = parse("""
.#.
..#
###
""")
g = glider
for gen in range(5):
    print(f"gen {gen}: {len(g)} cells, bbox {bbox(g)}")
    print(render(g, 5, 5))
    g = step(g)
for _ in range(15):
    g = step(g)
print("after 20:", sorted(g), bbox(g))
blinker = parse("###")
print(sorted(step(blinker)), step(step(blinker)) == blinker)
block = parse("##\n##")
print(step(block) == block)
rpent = parse("""
.##
##.
.#.
""")
pop = []
g = rpent
for i in range(60):
    pop.append(len(g))
    g = step(g)
print(pop)

def grid_step(grid):
    rows, cols = len(grid), len(grid[0])
    new = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            n = sum(grid[(r + dr) % rows][(c + dc) % cols]
                    for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
            new[r][c] = 1 if n == 3 or (n == 2 and grid[r][c]) else 0
    return new
grid = [[0] * 6 for _ in range(6)]
for r, c in glider:
    grid[r][c] = 1
for _ in range(24):
    grid = grid_step(grid)
print('\n'.join(''.join('#' if x else '.' for x in row) for row in grid))
