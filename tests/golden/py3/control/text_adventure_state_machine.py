ROOMS = {
    'hall':    {'desc': 'a dusty hall', 'exits': {'north': 'library', 'east': 'kitchen'}},
    'library': {'desc': 'shelves of books', 'exits': {'south': 'hall'}, 'item': 'key'},
    'kitchen': {'desc': 'a cold kitchen', 'exits': {'west': 'hall', 'down': 'cellar'}, 'locked': 'down'},
    'cellar':  {'desc': 'darkness', 'exits': {'up': 'kitchen'}, 'item': 'treasure'},
}

class Game:
    def __init__(self):
        self.room = 'hall'
        self.inventory = []
        self.moves = 0
        self.state = 'playing'
    def handle(self, cmd):
        words = cmd.split()
        if not words:
            return "say something"
        verb, *rest = words
        self.moves += 1
        match verb, rest:
            case ('go' | 'walk'), [direction]:
                return self.go(direction)
            case 'take', [thing]:
                return self.take(thing)
            case 'look', []:
                r = ROOMS[self.room]
                exits = ', '.join(sorted(r['exits']))
                return f"{r['desc']}; exits: {exits}"
            case 'inv', []:
                return 'carrying: ' + (', '.join(self.inventory) or 'nothing')
            case 'quit', _:
                self.state = 'quit'
                return 'bye'
            case _:
                self.moves -= 1
                return f"unknown command {cmd!r}"
    def go(self, d):
        r = ROOMS[self.room]
        if d not in r['exits']:
            return f"no exit {d}"
        if r.get('locked') == d:
            if 'key' not in self.inventory:
                return "the way is locked"
            del r['locked']
        self.room = r['exits'][d]
        return f"you enter the {self.room}"
    def take(self, thing):
        r = ROOMS[self.room]
        if r.get('item') != thing:
            return f"no {thing} here"
        self.inventory.append(r.pop('item'))
        if thing == 'treasure':
            self.state = 'won'
        return f"taken {thing}"

g = Game()
script = ["look", "go east", "go down", "go west", "walk north", "take key",
          "take key", "inv", "dance", "", "go south", "go east", "go down",
          "look", "take treasure", "inv"]
for cmd in script:
    print(f"> {cmd:14} | {g.handle(cmd)}")
    if g.state != 'playing':
        break
print(g.state, g.moves, g.room, g.inventory)
