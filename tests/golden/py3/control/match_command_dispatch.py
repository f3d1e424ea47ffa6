class Move:
    __match_args__ = ('dx', 'dy')
    def __init__(self, dx, dy):
        self.dx, self.dy = dx, dy
class Say:
    __match_args__ = ('text',)
    def __init__(self, text):
        self.text = text

def interpret(cmd, state):
    match cmd:
        case Move(0, 0):
            return "stay"
        case Move(dx, 0) if dx > 0:
            state['x'] += dx; return f"right {dx}"
        case Move(dx, 0):
            state['x'] += dx; return f"left {-dx}"
        case Move(0, dy):
            state['y'] += dy; return f"vertical {dy}"
        case Move(dx=dx, dy=dy):
            state['x'] += dx; state['y'] += dy; return f"diagonal {dx},{dy}"
        case Say(text=str() as t) if t.endswith('?'):
            return f"asks {t!r}"
        case Say(t):
            return f"says {t!r}"
        case {'op': 'set', 'key': str(k), 'value': v, **rest}:
            state[k] = v
            return f"set {k}={v!r} extra={sorted(rest)}"
        case {'op': 'get', 'key': k}:
            return f"get {k} -> {state.get(k, '?')}"
        case ['repeat', int(n), *cmds] if n > 0:
            return [interpret(c, state) for _ in range(n) for c in cmds]
        case ('noop' | 'pass') as word:
            return f"nothing ({word})"
        case str() as s if s.startswith('#'):
            return "comment"
        case [] | ():
            return "empty sequence"
        case float(f) | int(f):
            return f"number {f}"
        case None:
            return "none"
        case _:
            return f"unrecognized {type(cmd).__name__}"

state = {'x': 0, 'y': 0}
cmds = [Move(0, 0), Move(3, 0), Move(-2, 0), Move(0, 5), Move(1, 1), Say("hello"), Say("why?"),
        {'op': 'set', 'key': 'color', 'value': 'red', 'ttl': 5}, {'op': 'get', 'key': 'color'},
        {'op': 'get', 'key': 'nope'}, ['repeat', 2, Move(1, 0), Say('x')], ['repeat', 0],
        'noop', 'pass', '# comment', [], (), 3.5, 7, True, None, {1, 2}, b'bytes']
for c in cmds:
    print(interpret(c, state))
print(state)
