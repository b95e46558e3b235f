from datetime import date, timedelta


def working_days(start: str, end: str, holidays: list[str] | None = None) -> int:
    """Business days from start to end inclusive (ISO dates), excluding
    weekends and listed public holidays. Used for SLA deadlines."""
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    if last < first:
        first, last = last, first
    days_off = {date.fromisoformat(h) for h in holidays or []}

    count = 0
    day = first
    while day <= last:
        if day.weekday() < 5 and day not in days_off:
            count += 1
        day += timedelta(days=1)
    return count

# dev cases
working_days("2024-12-20", "2025-01-03", ["2024-12-25", "2024-12-26", "2025-01-01"])
working_days("2024-03-15", "2024-03-04")
