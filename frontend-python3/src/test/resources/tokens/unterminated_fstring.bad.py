x = f"abc {y}
