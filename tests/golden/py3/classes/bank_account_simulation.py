class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.shortfall = amount - account.balance

class FrozenAccount(Exception):
    pass

class Account:
    _next = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next
        Account._next += 1
        self.history = []
        self.frozen = False
    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(('dep', amount))
        return self
    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('wd', amount))
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, #{self.number}, {self.balance})"

class SavingsAccount(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, initial=0):
        acc = cls(owner, initial)
        self.accounts[acc.number] = acc
        return acc
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except Exception:
            a.deposit(amount)  # roll back
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(SavingsAccount, "bob", 250)
carol = bank.open(Account, "carol")
print(alice, bob, carol)
alice.deposit(50).withdraw(30)
print(alice.history, alice.balance)
print("interest", bob.add_interest(), bob.balance)
ops = [(alice.number, carol.number, 60), (carol.number, bob.number, 100),
       (bob.number, alice.number, -5), (alice.number, bob.number, 10)]
for src, dst, amt in ops:
    try:
        bank.transfer(src, dst, amt)
        print("ok", src, "->", dst, amt)
    except InsufficientFunds as e:
        print("insufficient:", e, "short", e.shortfall)
    except ValueError as e:
        print("value:", e)
carol.frozen = True
try:
    bank.transfer(alice.number, carol.number, 1)
except FrozenAccount as e:
    print("frozen:", e, "alice still", alice.balance)
print(sorted(bank.accounts.values(), key=lambda a: a.balance))
print("total", bank.total())
carol.frozen = False
bank.transfer(carol.number, alice.number, 1000)
