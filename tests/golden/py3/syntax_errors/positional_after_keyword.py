print(end="", "value")
