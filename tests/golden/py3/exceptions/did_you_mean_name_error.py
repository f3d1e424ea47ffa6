def compute(values):
    total = 0
    for value in values:
        total += value
    return totl

counter = 1
try:
    print(countr)
except NameError as e:
    print("NameError:", e, e.name)
try:
    compute([1, 2])
except NameError as e:
    print("NameError:", e)
try:
    lenn([1])
except NameError as e:
    print("NameError:", e)
def uses_free():
    try:
        print(later)
    except NameError as e:
        print(type(e).__name__ + ":", e)
    later = 1
uses_free()
print(compute.__name__)
result = compute([1, 2, 3])
