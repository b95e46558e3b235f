class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance


acct = Account(50)
left = acct.withdraw(20)
print("left", left)
acct.withdraw(100)
print("unreachable")
