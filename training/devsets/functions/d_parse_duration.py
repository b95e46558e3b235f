import re

UNIT_SECONDS = {"d": 86400, "h": 3600, "m": 60, "s": 1}


def parse_duration(text: str) -> int:
    """Seconds in a duration like "1h30m", "2d 4h" or "90s".

    A bare number is taken as minutes.

    >>> parse_duration("2m 5s")
    125
    >>> parse_duration("10")
    600
    """
    text = text.strip().lower()
    if text.isdigit():
        return int(text) * 60
    total = 0
    for amount, unit in re.findall(r"(\d+)\s*([dhms])", text):
        total += int(amount) * UNIT_SECONDS[unit]
    return total

# dev cases
parse_duration("1h 30m 15s")
parse_duration(" 45 ")
