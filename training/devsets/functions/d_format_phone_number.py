def format_phone(raw: str) -> str | None:
    """Format a US phone number as "(555) 123-4567".

    Accepts any punctuation and an optional leading country code 1.
    Returns None when the digits don't make a valid number.
    """
    digits = "".join(ch for ch in raw if ch.isdigit())
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10 or digits[0] in "01":
        return None
    area, exchange, line = digits[:3], digits[3:6], digits[6:]
    return f"({area}) {exchange}-{line}"

# dev cases
format_phone("+1 555.867.5309")
format_phone("123-456-7890")
