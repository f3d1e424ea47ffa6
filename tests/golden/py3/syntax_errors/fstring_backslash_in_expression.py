name = "x"
print(f"{name + '\n'}")
