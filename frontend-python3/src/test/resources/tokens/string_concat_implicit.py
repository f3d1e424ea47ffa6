x = ("a"
     "b"
     f"c")
