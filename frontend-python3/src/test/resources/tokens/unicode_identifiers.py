café = 1
π = 3.14
変数 = "値"
ñame_2 = café + π
_private = 0
