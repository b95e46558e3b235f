def mask_card(number: str) -> str:
    """Show only the last four digits of a card number, grouped in fours.

    >>> mask_card("4111 1111 1111 1234")
    '**** **** **** 1234'
    """
    digits = [ch for ch in number if ch.isdigit()]
    masked = ["*"] * (len(digits) - 4) + digits[-4:]
    groups = ["".join(masked[i:i + 4]) for i in range(0, len(masked), 4)]
    return " ".join(groups)

# dev cases
mask_card("5500-0000-0000-0004")
mask_card("3782 822463 10005")
