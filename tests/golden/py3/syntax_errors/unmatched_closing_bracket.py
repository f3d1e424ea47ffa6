data = {"a": 1}]
