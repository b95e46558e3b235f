"""Shipping quotes for the checkout page."""

# (max weight in kg, base price)
WEIGHT_TIERS = [(0.5, 4.20), (2.0, 7.90), (5.0, 12.50), (10.0, 19.00)]
ZONE_MULTIPLIER = {"domestic": 1.0, "eu": 1.6, "world": 2.4}
PER_KG_OVER_MAX = 1.75


def shipping_cost(weight_kg: float, zone: str = "domestic", express: bool = False) -> float:
    """Price of shipping one parcel.

    Parcels heavier than the last tier pay the last tier price plus a
    per-kilogram surcharge. Express doubles the price.
    """
    if weight_kg <= 0:
        raise ValueError("weight must be positive")
    for max_weight, price in WEIGHT_TIERS:
        if weight_kg <= max_weight:
            base = price
            break
    else:
        heaviest, price = WEIGHT_TIERS[-1]
        base = price + (weight_kg - heaviest) * PER_KG_OVER_MAX

    cost = base * ZONE_MULTIPLIER[zone]
    if express:
        cost *= 2
    return round(cost, 2)

# dev cases
shipping_cost(1.2, "eu")
shipping_cost(13.4, "world", True)
