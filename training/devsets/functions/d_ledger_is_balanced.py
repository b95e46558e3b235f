"""Sanity checks run before a journal batch is posted."""

TOLERANCE = 0.005


def is_balanced(entries: list[tuple[str, str, float]]) -> bool:
    """True when total debits equal total credits (to the cent) and every
    entry is either a positive "debit" or a positive "credit"."""
    debits = credits = 0.0
    for account, side, amount in entries:
        if amount <= 0:
            return False
        if side == "debit":
            debits += amount
        elif side == "credit":
            credits += amount
        else:
            return False
    return abs(debits - credits) < TOLERANCE

# dev cases
is_balanced([("cash", "debit", 1200.0), ("revenue", "credit", 1000.0), ("vat", "credit", 200.0), ("fees", "debit", 0.1), ("cash", "credit", 0.1)])
is_balanced([("rent", "debit", 950.0), ("cash", "credit", 905.0)])
