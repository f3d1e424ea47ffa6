match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case [Point(x=0, y=0), *rest]:
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case {1: _, None: a, True: b, mod.CONST: c}:
        pass
    case 1 | 2 | 3:
        pass
    case -1 | 1.5 | -2j | 1 + 2j | -1 - 2j | "s" "t" | b"b":
        pass
    case None | True | False:
        pass
    case (a, b) as pair if a > b:
        pass
    case [a, *_]:
        pass
    case (x,) | [x, _]:
        pass
    case ():
        pass
    case []:
        pass
    case {}:
        pass
    case str() | bytes():
        pass
    case mod.sub.Class(attr=[1, 2]):
        pass
    case _:
        pass
match x, y:
    case a, b: pass
match *a, b:
    case [*_]: pass
match (x):
    case (y): pass
match = 1
case = 2
_ = 3
match.attr = 4
match[0] = 5
match(x)
print(match, case, _)
match -x:
    case y: pass
def match(case): return case
