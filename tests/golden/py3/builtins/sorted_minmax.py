data = [5, 3, 9, 1, 5, 7, 2]
print(sorted(data), sorted(data, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted("hello world"))
print(sorted({3: "x", 1: "y", 2: "z"}))
print(sorted([3.5, -1, 2, True, 0.0]))
print(min(data), max(data), min("hello"), max("hello"))
print(min(3, 1, 2), max(3, 1, 2))
print(min(words, key=len), max(words, key=len))
print(min([], default="empty"), max([], default=None))
print(min([4, -7, 2], key=abs), max([4, -7, 2], key=abs))
print(max([(1, "a"), (1, "b"), (0, "z")]))
print(max([1, 1.0, True]), min([True, 1, 1.0]))
print(min(pairs, key=lambda p: p[0]), max(pairs, key=lambda p: p[0]))
for args, kw in [((), {}), (([],), {}), ((1,), {}), (([1, 2],), {"default": 0, "foo": 1})]:
    try:
        print(min(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    max(1, 2, default=3)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
lst = [3, 1, 2]
print(sorted(lst) is lst, lst)
print(sorted([])), print(sorted((), reverse=True))
print(max([1, 2, "x"]))
