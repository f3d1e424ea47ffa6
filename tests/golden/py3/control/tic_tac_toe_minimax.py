import functools
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for i, j, k in LINES:
        if b[i] != '.' and b[i] == b[j] == b[k]:
            return b[i]
    return None

@functools.lru_cache(maxsize=None)
def minimax(b, player):
    w = winner(b)
    if w:
        return (1 if w == 'X' else -1), None
    if '.' not in b:
        return 0, None
    best = None
    for i, c in enumerate(b):
        if c == '.':
            nb = b[:i] + player + b[i + 1:]
            score, _ = minimax(nb, 'O' if player == 'X' else 'X')
            if best is None or (player == 'X' and score > best[0]) or (player == 'O' and score < best[0]):
                best = (score, i)
    return best

def show(b):
    return '\n'.join(' '.join(b[r * 3:r * 3 + 3]) for r in range(3))

print("value of empty board:", minimax('.' * 9, 'X'))
board, player = '.' * 9, 'X'
moves = []
while not winner(board) and '.' in board:
    _, m = minimax(board, player)
    moves.append(m)
    board = board[:m] + player + board[m + 1:]
    player = 'O' if player == 'X' else 'X'
print(moves, winner(board))
print(show(board))
for pos in ['XX.OO....', 'X.O.X..O.', 'OO.XX.X..']:
    print(pos, minimax(pos, 'X' if pos.count('X') == pos.count('O') else 'O'))
print(minimax.cache_info().currsize)
