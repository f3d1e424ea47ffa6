if a:
    b
  # odd comment

# col0
c
