"""sudoku: a constraint-propagation and backtracking Sudoku solver (stands in for hexiom).

Puzzles are made deterministically: a valid grid is shuffled (digits, rows within bands,
columns within stacks) by a linear congruential generator and most of its cells are blanked.
The solver keeps a bit set of candidates per cell, assigns cells whose candidates are single,
and otherwise branches on the cell with the fewest candidates, collecting up to ten solutions
per puzzle (few clues leave many). Exercises bit operations, lists, recursion and copying.
"""
import sys
import time

DEFAULT_ITERATIONS = 5
PUZZLES = 300
CLUES = 22
SOLUTIONS = 10      # solutions sought per puzzle (few clues: it has many)
ALL = (1 << 9) - 1

# The 20 peers (same row, column or box) of every cell.
PEERS = []
for _cell in range(81):
    _row, _column = divmod(_cell, 9)
    _box = (_row // 3) * 27 + (_column // 3) * 3
    _peers = set()
    for _i in range(9):
        _peers.add(_row * 9 + _i)
        _peers.add(_i * 9 + _column)
        _peers.add(_box + (_i // 3) * 9 + _i % 3)
    _peers.discard(_cell)
    PEERS.append(tuple(sorted(_peers)))

BIT_COUNT = [bin(mask).count("1") for mask in range(ALL + 1)]
LOWEST_DIGIT = [0] + [(mask & -mask).bit_length() for mask in range(1, ALL + 1)]


class Lcg(object):
    """A 31-bit linear congruential generator (the constants of the C standard's example)."""

    def __init__(self, seed):
        self.state = seed

    def below(self, limit):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % limit

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]


def make_puzzle(random):
    """A puzzle as a list of 81 digits, 0 for a blank."""
    digits = list(range(1, 10))
    random.shuffle(digits)
    rows = []
    for band in range(3):
        inner = [0, 1, 2]
        random.shuffle(inner)
        rows.extend(band * 3 + r for r in inner)
    columns = []
    for stack in range(3):
        inner = [0, 1, 2]
        random.shuffle(inner)
        columns.extend(stack * 3 + c for c in inner)
    grid = []
    for r in rows:
        for c in columns:
            grid.append(digits[(r * 3 + r // 3 + c) % 9])
    cells = list(range(81))
    random.shuffle(cells)
    for cell in cells[CLUES:]:
        grid[cell] = 0
    return grid


class Solver(object):
    def __init__(self):
        self.nodes = 0

    def assign(self, candidates, cell, digit):
        """Fixes cell to digit and propagates; False on a contradiction."""
        bit = 1 << (digit - 1)
        if not candidates[cell] & bit:
            return False
        candidates[cell] = bit
        pending = [cell]
        while pending:
            settled = pending.pop()
            value = candidates[settled]
            for peer in PEERS[settled]:
                before = candidates[peer]
                if before & value:
                    after = before & ~value
                    if after == 0:
                        return False
                    candidates[peer] = after
                    if BIT_COUNT[after] == 1:
                        pending.append(peer)
        return True

    def search(self, candidates, found):
        """Appends solutions of candidates to found until it holds SOLUTIONS of them."""
        self.nodes += 1
        best = -1
        fewest = 10
        for cell in range(81):
            count = BIT_COUNT[candidates[cell]]
            if 1 < count < fewest:
                fewest = count
                best = cell
                if count == 2:
                    break
        if best < 0:
            found.append(candidates)
            return
        options = candidates[best]
        while options and len(found) < SOLUTIONS:
            digit = LOWEST_DIGIT[options]
            options &= options - 1
            attempt = candidates[:]
            if self.assign(attempt, best, digit):
                self.search(attempt, found)

    def solve(self, puzzle):
        """Up to SOLUTIONS solutions of puzzle, in the order of the search."""
        candidates = [ALL] * 81
        for cell in range(81):
            if puzzle[cell] and not self.assign(candidates, cell, puzzle[cell]):
                return None
        found = []
        self.search(candidates, found)
        return [[LOWEST_DIGIT[mask] for mask in solved] for solved in found]


def is_valid(grid):
    for cell in range(81):
        for peer in PEERS[cell]:
            if grid[peer] == grid[cell]:
                return False
    return True


def run():
    random = Lcg(7)
    solver = Solver()
    digest = 0
    count = 0
    for _ in range(PUZZLES):
        puzzle = make_puzzle(random)
        solutions = solver.solve(puzzle)
        if not solutions:
            return "unsolved"
        for solution in solutions:
            if not is_valid(solution):
                return "invalid solution"
            for cell in range(81):
                if puzzle[cell] and puzzle[cell] != solution[cell]:
                    return "clue changed"
                digest = (digest * 10 + solution[cell]) % 1000000007
        count += len(solutions)
    return "solutions=%d nodes=%d digest=%d" % (count, solver.nodes, digest)


# --- The protocol, the same in every program of bench/python ---
# prog.py [ITERATIONS]: every iteration does the same, fixed amount of work. Each one prints
# "bench-iteration INDEX SECONDS"; the end prints "bench-checksum VALUE", which must be the
# same on every implementation. An iteration whose result differs from the first one's makes
# the checksum "inconsistent ...", so that a wrong answer is never mistaken for a time.

def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ITERATIONS
    try:
        timer = time.perf_counter
    except AttributeError:  # Python 2.7
        timer = time.time
    first = None
    odd = None
    for index in range(iterations):
        started = timer()
        result = run()
        elapsed = timer() - started
        sys.stdout.write("bench-iteration %d %.6f\n" % (index, elapsed))
        sys.stdout.flush()
        if index == 0:
            first = result
        elif result != first and odd is None:
            odd = result
    if odd is None:
        sys.stdout.write("bench-checksum %s\n" % (first,))
    else:
        sys.stdout.write("bench-checksum inconsistent: %s then %s\n" % (first, odd))


if __name__ == "__main__":
    main()
