case = 1
match = 2
match x:
  case 1 | 2 as _: pass
