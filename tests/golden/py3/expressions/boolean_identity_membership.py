a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(1 in a, 3 not in a, "b" in "abc", "" in "abc", "ab" in "xaby")
print(2 in {1: "x", 2: "y"}, "y" in {1: "x", 2: "y"}, 2 in range(0, 10, 2), 3 in range(0, 10, 2))
class Cont:
    def __contains__(self, x):
        print("contains", x)
        return x > 0
print(5 in Cont(), -1 in Cont(), -1 not in Cont())
class It:
    def __iter__(self): return iter([1, 2, 3])
print(2 in It(), 4 in It())
class Gi:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
print(20 in Gi(), 25 in Gi(), list(Gi()))
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], nan is nan)
print(0 == 0.0 == False, 1 == 1.0 + 0j, "1" == 1, [] == (), {} == dict())
print(isinstance(True, int), True == 1, hash(True) == hash(1), {True: "a", 1: "b"})
print(all([]), any([]), all([1, 0]), any([0, "", 3]), all(x > 0 for x in [1, 2]))
