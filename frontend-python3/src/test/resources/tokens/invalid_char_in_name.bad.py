ab€c = 1
