from itertools import accumulate

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def month_target_reached(monthly_sales: list[float], target: float) -> str:
    for month, year_to_date in zip(MONTHS, accumulate(monthly_sales)):
        if year_to_date >= target:
            return month
    return "not reached"

# dev cases
month_target_reached([12000.0, 9500.5, 14200.0, 8000.0, 11000.0], 40000)
month_target_reached([500, 700, 650], 5000)
