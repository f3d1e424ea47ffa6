print("_greetings module executing, __name__ =", __name__)
GREETING = "hello"
def greet(name):
    return f"{GREETING}, {name}"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
if __name__ == "__main__":
    print("never printed when imported")
