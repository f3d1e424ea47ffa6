class Account:
    """An account."""
    rate = 0.02
    __secret = "mangled"
    def __init__(self, owner):
        self.owner = owner
        self.__balance = 100
    def reveal(self):
        return self.__secret, self.__balance
    class Meta:
        label = "nested"
    doubled = rate * 2
    names = [n for n in ("a", "b")]
a = Account("ann")
print(a.reveal(), a._Account__balance, Account._Account__secret)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in vars(a)))
print(sorted(k for k in Account.__dict__ if not k.startswith("__")))
print(type(Account.__dict__).__name__, Account.__doc__, Account.__name__, Account.__qualname__, Account.__module__)
print(Account.Meta.__qualname__, Account.doubled, Account.names)
try:
    Account.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return "AttributeError: " + str(e)
print(Sub("s").peek())
Account.rate = 0.05
print(a.rate, Sub("x").rate)
a.rate = 1
print(a.rate, Account.rate)
class Counter:
    count = 0
    def __init__(self):
        self.count += 1
c1 = Counter()
print(c1.count, Counter.count)
x = "module x"
class Scope:
    x = "class x"
    def method(self):
        return x
    y = x
print(Scope().method(), Scope.y)
class Empty:
    pass
print(Empty.__bases__, Empty.__doc__, "__dict__" in dir(Empty), Empty.__name__)
print(sorted(set(dir(Empty())) - set(dir(object))))
