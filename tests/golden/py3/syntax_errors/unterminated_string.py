name = "alice
print(name)
