print("before input")
try:
    input()
except EOFError as e:
    print("caught EOFError:", repr(e), e.args)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("caught again:", e)
print("now uncaught")
value = input("last prompt: ")
print("unreachable", value)
