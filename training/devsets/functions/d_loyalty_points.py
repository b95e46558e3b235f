TIER_MULTIPLIER = {"bronze": 1.0, "silver": 1.25, "gold": 1.5}
BIRTHDAY_BONUS = 200


def loyalty_points(purchases: list[float], tier: str = "bronze", birthday_month: bool = False) -> int:
    """Points earned for a month of purchases.

    One point per whole dollar of each purchase, times the tier multiplier
    (rounded down). Purchases under $5 earn nothing. Members get a flat bonus
    in their birthday month if they bought anything at all.
    """
    base = sum(int(amount) for amount in purchases if amount >= 5)
    points = int(base * TIER_MULTIPLIER[tier])
    if birthday_month and purchases:
        points += BIRTHDAY_BONUS
    return points

# dev cases
loyalty_points([12.99, 4.5, 87.2, 33.0, 5.0], "silver")
loyalty_points([250.75, 19.99], "gold", True)
