def ratio(a, b):
    return a / b
def average(values):
    return sum(values) / len(values)
def lookup(table, first, second):
    return table[first][second]
print(ratio(6, 3), average([1, 2, 3]), lookup({"a": {"b": 1}}, "a", "b"))
try:
    lookup({"a": {}}, "a", "b")
except KeyError as e:
    print("KeyError:", e)
def call_attr(obj):
    return obj.method().other
try:
    call_attr(None)
except AttributeError as e:
    print("AttributeError:", e)
x = {"items": [1, 2, 3]}
y = x["items"][1] + ratio(x["items"][2],
                         x["items"][0] - 1)
