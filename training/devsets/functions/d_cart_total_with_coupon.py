COUPONS = {"SAVE10": 0.10, "WELCOME": 0.15, "VIP25": 0.25}
FREE_SHIPPING_OVER = 50.0
SHIPPING_FEE = 5.99


def cart_total(items: list[tuple[str, float, int]], coupon: str | None = None, tax_rate: float = 0.08) -> float:
    """Total for a cart of (name, unit_price, quantity) lines.

    The coupon applies before tax; shipping is added after tax unless the
    discounted subtotal reaches the free-shipping threshold.
    """
    subtotal = sum(price * qty for _name, price, qty in items)
    discount = COUPONS.get((coupon or "").upper(), 0.0)
    discounted = subtotal * (1 - discount)

    total = discounted * (1 + tax_rate)
    if discounted < FREE_SHIPPING_OVER:
        total += SHIPPING_FEE
    return round(total, 2)

# dev cases
cart_total([("mug", 12.5, 2), ("tea", 8.99, 1)], "save10")
cart_total([("lamp", 39.99, 1), ("bulb", 4.25, 4)], "VIP25", 0.0725)
