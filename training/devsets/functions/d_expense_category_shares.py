def category_shares(expenses: list[tuple[str, float]]) -> dict[str, float]:
    """Percentage of total spending per category, one decimal place."""
    totals: dict[str, float] = {}
    for category, amount in expenses:
        totals[category] = totals.get(category, 0) + amount
    grand_total = sum(totals.values())
    if grand_total == 0:
        return {}
    return {category: round(100 * amount / grand_total, 1) for category, amount in sorted(totals.items())}

# dev cases
category_shares([("rent", 1200.0), ("food", 310.45), ("transport", 89.9), ("food", 120.3), ("fun", 60.0)])
