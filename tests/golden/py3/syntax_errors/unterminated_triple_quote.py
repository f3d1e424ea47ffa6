print("ok")
doc = """this string
never ends
