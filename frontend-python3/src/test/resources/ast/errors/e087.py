x = 5 a
