def parse(value):
    return int(value)
def total(items):
    result = 0
    for item in items:
        result += parse(item)
    return result
print(total(["1", "2"]))
print(total(["3", "four", "5"]))
print("never reached")
