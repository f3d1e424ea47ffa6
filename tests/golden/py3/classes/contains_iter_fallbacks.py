class OnlyGetitem:
    def __init__(self, data):
        self.data = data
        self.calls = []
    def __getitem__(self, i):
        self.calls.append(i)
        return self.data[i]      # IndexError ends iteration

s = OnlyGetitem("abc")
print(list(s), s.calls)
s.calls.clear()
print('b' in s, s.calls)
print('z' in s, len(s.calls))
a, b, c = OnlyGetitem([1, 2, 3])
print(a, b, c, sorted(OnlyGetitem([3, 1, 2])), max(OnlyGetitem("hello")))
it = iter(OnlyGetitem((10, 20)))
print(type(it).__name__, next(it), next(it), next(it, 'done'))

class OnlyIter:
    def __iter__(self):
        print("  __iter__ called")
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())

class WithContains(OnlyIter):
    def __contains__(self, x):
        print("  __contains__", x)
        return x == 'magic'
print('magic' in WithContains(), 1 in WithContains(), 1 not in WithContains())

class Truthy:
    def __contains__(self, x):
        return 'yes'
print(3 in Truthy(), type(3 in Truthy()))

class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        return i
for op in (lambda: iter(NotIterable()), lambda: 1 in NotIterable(), lambda: list(5), lambda: 1 in 5,
           lambda: 'a' in ['a'][0:0] or 'x' in 3.5):
    try:
        print(op())
    except TypeError as e:
        print("TypeError:", e)

class KeyErrorStops:
    def __getitem__(self, i):
        if i > 2:
            raise KeyError(i)
        return i
try:
    list(KeyErrorStops())
except KeyError as e:
    print("KeyError propagates:", e)

class Stopper:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return i * i
print(list(Stopper()))
print(list(enumerate(OnlyGetitem("xy"))), dict.fromkeys(OnlyGetitem("ab")))
