for x in range(3):
    print(x)
  y = 1
