a = (yield) = 1
