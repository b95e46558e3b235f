from itertools import accumulate
from typing import Optional


def first_overdraft_day(opening_balance: float, daily_net: list[float], overdraft_limit: float = 0.0) -> Optional[int]:
    """Day number (1-based) on which the balance first drops below
    -overdraft_limit, or None if it never does."""
    balances = accumulate(daily_net, initial=opening_balance)
    next(balances)  # skip the opening balance itself
    for day, balance in enumerate(balances, start=1):
        if balance < -overdraft_limit:
            return day
    return None

# dev cases
first_overdraft_day(250.0, [-120.5, 40.0, -99.99, -80.0, 300.0])
first_overdraft_day(100.0, [-150.0, 20.0, -10.0], 100.0)
