from dataclasses import dataclass

TAX_RATE = 0.2


@dataclass
class LineItem:
    description: str
    unit_price: float
    quantity: int = 1
    taxable: bool = True

    @property
    def amount(self) -> float:
        return round(self.unit_price * self.quantity, 2)


def invoice_totals(lines: list[tuple]) -> tuple[float, float, float]:
    """(subtotal, tax, total) for invoice lines given as LineItem field tuples."""
    items = [LineItem(*line) for line in lines]
    subtotal = sum(item.amount for item in items)
    tax = sum(item.amount for item in items if item.taxable) * TAX_RATE
    subtotal, tax = round(subtotal, 2), round(tax, 2)
    return subtotal, tax, round(subtotal + tax, 2)

# dev cases
invoice_totals([("consulting", 120.0, 3), ("travel", 89.5, 1, False), ("license", 49.99)])
