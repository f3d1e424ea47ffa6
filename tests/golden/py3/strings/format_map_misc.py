class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age} years".format_map({"name": "Ann", "age": 30}))
print("{name} knows {other}".format_map(Default(name="Bob")))
print("{0} {x}".format_map({"x": 1}) if False else "skip positional")
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError:", e)
try:
    "{0}".format_map({})
except (ValueError, IndexError) as e:
    print(type(e).__name__ + ":", e)
print("Hello {}".format("there"), "{{literal}} {}".format(1))
print("ab".__len__(), "abc".__contains__("b"), "x".__add__("y"), "ab".__mul__(2), "a".__lt__("b"))
print("a".__eq__(1), str.__len__("four"), "abc".__getitem__(1))
s = "mississippi"
print(s.count("ss"), s.index("ss"), s.rindex("ss"), s.split("ss"), s.replace("ss", "SS", 1))
chars = {}
for c in s:
    chars[c] = chars.get(c, 0) + 1
print(chars)
print(sorted(set(s)), "".join(sorted(s)), "".join(reversed(s)))
acc = ""
for i in range(10):
    acc += str(i) * i
print(acc, len(acc))
print(str.join("/", ["usr", "local"]), str.upper("abc"), str.__name__, type("").__name__)
print("{name:>{w}}".format_map({"name": "r", "w": 4}))
"{a}{b}".format_map({"a": 1})
