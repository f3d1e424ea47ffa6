first, *mid, *rest = range(5)
