from functools import reduce


def apply_discounts(price: float, percent_offs: list[float]) -> float:
    """Apply several percentage discounts one after another (not summed).

    >>> apply_discounts(100.0, [10, 10])
    81.0
    """
    final = reduce(lambda current, pct: current * (1 - pct / 100), percent_offs, price)
    return round(final, 2)

# dev cases
apply_discounts(249.99, [20, 5, 2.5])
apply_discounts(18.0, [15])
