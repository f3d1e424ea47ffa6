"""go: random games of Go on a 9 x 9 board, as Monte Carlo players play them.

Each game plays random legal moves (no suicide, simple ko, no filling of one's own one-point
eyes) until both players pass, then scores by area. Groups and liberties are found by flood
fill. Exercises lists as boards, integer arithmetic, method calls and small loops.
"""
import sys
import time

DEFAULT_ITERATIONS = 5
GAMES = 200
SIDE = 9
STRIDE = SIDE + 2          # one edge column shared between rows
EMPTY, BLACK, WHITE, EDGE = 0, 1, 2, 3
NEIGHBOURS = (-1, 1, -STRIDE, STRIDE)
KOMI = 7                   # integral, so that a game is never drawn by accident of rounding


class Lcg(object):
    """A 31-bit linear congruential generator (the constants of the C standard's example)."""

    def __init__(self, seed):
        self.state = seed

    def below(self, limit):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % limit


class Board(object):
    def __init__(self):
        size = STRIDE * (SIDE + 2) + 1
        self.points = [EDGE] * size
        self.empty = []            # the empty points, in no particular order
        self.empty_index = [-1] * size
        for row in range(1, SIDE + 1):
            for column in range(1, SIDE + 1):
                point = row * STRIDE + column
                self.points[point] = EMPTY
                self.add_empty(point)
        self.marks = [0] * size    # flood-fill marks: a point is visited if it holds the stamp
        self.stamp = 0
        self.ko = -1
        self.captured = 0

    def add_empty(self, point):
        self.empty_index[point] = len(self.empty)
        self.empty.append(point)

    def remove_empty(self, point):
        index = self.empty_index[point]
        last = self.empty.pop()
        if last != point:
            self.empty[index] = last
            self.empty_index[last] = index
        self.empty_index[point] = -1

    def group(self, start):
        """The stones of start's group, and whether it has at least one liberty."""
        self.stamp += 1
        stamp = self.stamp
        points = self.points
        marks = self.marks
        colour = points[start]
        stones = [start]
        marks[start] = stamp
        free = False
        index = 0
        while index < len(stones):
            point = stones[index]
            index += 1
            for step in NEIGHBOURS:
                near = point + step
                if marks[near] == stamp:
                    continue
                content = points[near]
                if content == colour:
                    marks[near] = stamp
                    stones.append(near)
                elif content == EMPTY:
                    free = True
        return stones, free

    def liberties(self, start, limit):
        """The liberties of start's group, counted up to limit."""
        self.stamp += 1
        stamp = self.stamp
        points = self.points
        marks = self.marks
        colour = points[start]
        stones = [start]
        marks[start] = stamp
        count = 0
        index = 0
        while index < len(stones):
            point = stones[index]
            index += 1
            for step in NEIGHBOURS:
                near = point + step
                if marks[near] == stamp:
                    continue
                marks[near] = stamp
                content = points[near]
                if content == colour:
                    stones.append(near)
                elif content == EMPTY:
                    count += 1
                    if count >= limit:
                        return count
        return count

    def is_own_eye(self, point, colour):
        points = self.points
        for step in NEIGHBOURS:
            content = points[point + step]
            if content != colour and content != EDGE:
                return False
        return True

    def is_legal(self, point, colour):
        if point == self.ko:
            return False
        points = self.points
        opponent = BLACK + WHITE - colour
        for step in NEIGHBOURS:
            content = points[point + step]
            if content == EMPTY:
                return True
        # No empty neighbour: legal if it captures, or joins a group keeping a liberty.
        points[point] = colour
        legal = False
        for step in NEIGHBOURS:
            near = point + step
            content = points[near]
            if content == opponent and self.liberties(near, 1) == 0:
                legal = True
                break
            if content == colour and self.liberties(near, 1) > 0:
                legal = True
                break
        points[point] = EMPTY
        return legal

    def play(self, point, colour):
        points = self.points
        opponent = BLACK + WHITE - colour
        points[point] = colour
        self.remove_empty(point)
        taken = []
        for step in NEIGHBOURS:
            near = point + step
            if points[near] == opponent:
                stones, free = self.group(near)
                if not free:
                    for stone in stones:
                        points[stone] = EMPTY
                        self.add_empty(stone)
                    taken.extend(stones)
        self.captured += len(taken)
        self.ko = -1
        if len(taken) == 1 and self.liberties(point, 2) == 1:
            stones, _ = self.group(point)
            if len(stones) == 1:
                self.ko = taken[0]

    def random_move(self, colour, random):
        """Plays a random sensible move; returns False if colour passes instead."""
        empty = self.empty
        count = len(empty)
        if count == 0:
            return False
        start = random.below(count)
        for offset in range(count):
            point = empty[(start + offset) % count]
            if not self.is_own_eye(point, colour) and self.is_legal(point, colour):
                self.play(point, colour)
                return True
        return False

    def score(self):
        """Black's area minus White's, komi included."""
        points = self.points
        black = white = 0
        for point in range(len(points)):
            content = points[point]
            if content == BLACK:
                black += 1
            elif content == WHITE:
                white += 1
            elif content == EMPTY:
                seen = 0
                for step in NEIGHBOURS:
                    seen |= 1 << points[point + step]
                seen &= ~(1 << EDGE)
                if seen == 1 << BLACK:
                    black += 1
                elif seen == 1 << WHITE:
                    white += 1
        return black - white - KOMI


def random_game(random):
    board = Board()
    colour = BLACK
    passes = 0
    moves = 0
    while passes < 2 and moves < SIDE * SIDE * 3:
        if board.random_move(colour, random):
            passes = 0
            moves += 1
        else:
            passes += 1
        colour = BLACK + WHITE - colour
    return board.score(), moves, board.captured


def run():
    random = Lcg(42)
    black_wins = 0
    margin = 0
    moves = 0
    captured = 0
    for _ in range(GAMES):
        score, played, taken = random_game(random)
        if score > 0:
            black_wins += 1
        margin += score
        moves += played
        captured += taken
    return "black=%d margin=%d moves=%d captured=%d" % (black_wins, margin, moves, captured)


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
