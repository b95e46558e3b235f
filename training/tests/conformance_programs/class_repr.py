class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents / 100:.2f})"

    def __add__(self, other):
        return Money(self.cents + other.cents)


wallet = [Money(150), Money(275)]
total = Money(0)
for coin in wallet:
    total = total + coin
print(total, wallet)
