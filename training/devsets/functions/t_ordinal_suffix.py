def ordinal_suffix(n: int) -> str:
    """1 -> '1st', 12 -> '12th', 23 -> '23rd'."""
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"

# dev cases
ordinal_suffix(112)
ordinal_suffix(2023)
