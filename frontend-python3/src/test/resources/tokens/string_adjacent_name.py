x = "a"if 1 else"b"
