x = 1
True = 2
