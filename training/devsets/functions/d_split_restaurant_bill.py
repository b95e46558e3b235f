import math


def split_bill(orders: dict[str, list[float]], tip_percent: float = 18, shared: float = 0.0) -> dict[str, float]:
    """What each diner owes: their own dishes, an equal share of the shared
    plates, and tip on both. Each amount is rounded up to the cent so the
    restaurant is never short."""
    shared_each = shared / len(orders) if orders else 0.0
    owed = {}
    for diner, dishes in orders.items():
        before_tip = sum(dishes) + shared_each
        with_tip = before_tip * (1 + tip_percent / 100)
        owed[diner] = math.ceil(round(with_tip * 100, 6)) / 100
    return owed

# dev cases
split_bill({"ana": [14.5, 3.25], "ben": [22.0], "cleo": [9.75, 9.75]}, 20, 12.0)
split_bill({"solo": [31.4]})
