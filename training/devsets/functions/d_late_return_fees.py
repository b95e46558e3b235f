DAILY_FEE = {"book": 0.25, "dvd": 1.00, "magazine": 0.10}
MAX_FEE_PER_ITEM = 10.0
GRACE_DAYS = 2


def late_fees(returns):
    """Total late fees for (item_type, days_late) returns.

    The first GRACE_DAYS days are free, but once an item is later than that
    every late day is charged. Each item's fee is capped.
    """
    total = 0.0
    for item_type, days_late in returns:
        if days_late <= GRACE_DAYS:
            continue
        fee = DAILY_FEE.get(item_type, 0.50) * days_late
        total += min(fee, MAX_FEE_PER_ITEM)
    return round(total, 2)

# dev cases
late_fees([("book", 5), ("dvd", 14), ("magazine", 2), ("book", 41), ("atlas", 3)])
