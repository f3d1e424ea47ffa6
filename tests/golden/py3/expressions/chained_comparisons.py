calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None, calls)
calls.clear()
print(v(1) < v(5) > v(2) >= v(2) <= v(3), calls)
x = 5
print(0 < x < 10, 0 < x > 10, 1 <= x <= 5 < 6)
print(1 < 2 == 2 < 3, (1 < 2) == (2 < 3))
a = [1]
print(a == [1] is not a, a is a in [a])
print("a" < "b" < "c", (1, 2) < (1, 3) < (2,), [1] < [1, 0])
class Loud:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n
    def __bool__(self):
        print("bool", self.n)
        return True
p, q, r = Loud(1), Loud(2), Loud(0)
print(p < q < r)
print(1 < 2 < 3 < 4 < 5 < 6, 1 < 2 < 3 < 0 < 5)
