class C:
    x = [y := 0 for i in range(3)]
