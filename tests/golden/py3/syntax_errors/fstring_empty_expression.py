x = 5
print(f"value: {}")
