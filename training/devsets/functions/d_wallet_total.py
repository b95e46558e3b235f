from dataclasses import dataclass


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str = "USD"

    def __add__(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __str__(self) -> str:
        sign = "-" if self.cents < 0 else ""
        whole, cents = divmod(abs(self.cents), 100)
        return f"{sign}{self.currency} {whole:,}.{cents:02d}"


def wallet_total(amounts: list[float], currency: str = "USD") -> str:
    """Sum decimal amounts exactly (via cents) and format the result."""
    total = Money(0, currency)
    for amount in amounts:
        total = total + Money(round(amount * 100), currency)
    return str(total)

# dev cases
wallet_total([0.1, 0.2, 1250.35, 99.99, -20.0])
wallet_total([-5.5, 1.25], "EUR")
