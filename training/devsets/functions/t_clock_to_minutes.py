import re


def clock_to_minutes(text: str) -> int:
    """Minutes after midnight for '7:05 PM', '12am', '19:30' or 'noon'.

    >>> clock_to_minutes("7:05 pm")
    1145
    """
    text = text.strip().lower().replace(".", "")
    if text in ("noon", "midday"):
        return 12 * 60
    if text == "midnight":
        return 0

    match = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?\s*(am|pm)?", text)
    if not match:
        raise ValueError(f"unrecognised time {text!r}")
    hour, minute, meridiem = int(match.group(1)), int(match.group(2) or 0), match.group(3)

    if meridiem:
        if not 1 <= hour <= 12:
            raise ValueError("12-hour clock needs an hour from 1 to 12")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        raise ValueError(f"out of range: {text!r}")
    return hour * 60 + minute

# dev cases
clock_to_minutes(" 12:45 A.M. ")
clock_to_minutes("7pm")
