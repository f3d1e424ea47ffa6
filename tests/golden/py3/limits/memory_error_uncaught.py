print("allocating a huge list")
data = [None] * (10**18)
print("unreachable", len(data))
