def parse_price(text: str) -> float | None:
    """Parse prices as people type them: '$1,234.50', '12,99 €', '-3.5'.

    A comma followed by exactly two digits at the end is a decimal comma.
    """
    cleaned = "".join(ch for ch in text if ch.isdigit() or ch in ",.-")
    if not any(ch.isdigit() for ch in cleaned):
        return None

    if len(cleaned) >= 3 and cleaned[-3] == ",":
        cleaned = cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        return round(float(cleaned), 2)
    except ValueError:
        return None

# dev cases
parse_price(" $1,234.50 ")
parse_price("EUR 1.299,95")
