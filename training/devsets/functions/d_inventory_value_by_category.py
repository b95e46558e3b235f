from collections import defaultdict


def value_by_category(products: list[dict]) -> dict[str, float]:
    """Stock value (price * on_hand) per category, highest value first.

    Products marked discontinued are not counted.
    """
    totals: defaultdict[str, float] = defaultdict(float)
    for product in products:
        if product.get("discontinued"):
            continue
        totals[product["category"]] += product["price"] * product["on_hand"]
    ranked = sorted(totals.items(), key=lambda kv: kv[1], reverse=True)
    return {category: round(value, 2) for category, value in ranked}

# dev cases
value_by_category([{"category": "toys", "price": 9.99, "on_hand": 30}, {"category": "books", "price": 14.5, "on_hand": 12}, {"category": "toys", "price": 24.0, "on_hand": 5, "discontinued": True}, {"category": "games", "price": 59.99, "on_hand": 4}])
