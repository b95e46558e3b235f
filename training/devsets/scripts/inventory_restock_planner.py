"""Plan next week's restock order for a corner shop.

For each product we know the stock on hand, average daily sales and the
supplier's case size; we order enough whole cases to cover the lead time
plus a safety margin, staying within a budget.
"""
import math
from dataclasses import dataclass
from typing import Iterator

LEAD_DAYS = 3
SAFETY_DAYS = 2
BUDGET = 350.00


@dataclass
class Product:
    sku: str
    name: str
    on_hand: int
    daily_sales: float
    case_size: int
    case_cost: float

    @property
    def days_left(self) -> float:
        return self.on_hand / self.daily_sales if self.daily_sales else math.inf


def cases_needed(p: Product) -> int:
    """Whole cases to cover lead time + safety stock.

    >>> cases_needed(Product("x", "x", 10, 4.0, 12, 1.0))
    1
    """
    target = math.ceil(p.daily_sales * (LEAD_DAYS + SAFETY_DAYS))
    shortfall = max(0, target - p.on_hand)
    return math.ceil(shortfall / p.case_size)


def plan(products: list[Product], budget: float) -> Iterator[tuple[Product, int, float]]:
    """Yield (product, cases, cost), most urgent first, until the money runs out."""
    remaining = budget
    for p in sorted(products, key=lambda p: p.days_left):
        cases = cases_needed(p)
        if cases == 0:
            continue
        affordable = min(cases, int(remaining // p.case_cost))
        if affordable == 0:
            print(f"  skipped {p.name}: budget left {remaining:.2f}")
            continue
        cost = affordable * p.case_cost
        remaining -= cost
        yield p, affordable, cost


def main() -> None:
    shelf = [
        Product("A12", "oat milk", 6, 4.5, 12, 18.00),
        Product("B07", "sourdough", 2, 6.0, 8, 22.40),
        Product("C33", "coffee beans", 14, 1.2, 6, 54.00),
        Product("D01", "bananas", 30, 9.0, 20, 11.50),
        Product("E19", "dish soap", 9, 0.5, 12, 26.00),
        Product("F04", "olive oil", 1, 1.5, 6, 63.00),
        Product("G88", "eggs (dozen)", 4, 7.0, 15, 41.25),
    ]
    print("Stock cover (days):")
    for p in shelf:
        print(f"  {p.sku} {p.name:<14}{p.days_left:>6.1f}")
    print("Order:")
    total = 0.0
    for p, cases, cost in plan(shelf, BUDGET):
        total += cost
        print(f"  {cases} x {p.name:<14} ({cases * p.case_size:>3} units) {cost:>8.2f}")
    print(f"Total {total:.2f} of {BUDGET:.2f}")


if __name__ == "__main__":
    main()
