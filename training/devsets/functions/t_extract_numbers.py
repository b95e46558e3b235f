import re

NUMBER_RE = re.compile(r"(?<![\w.])[-+]?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?|(?<![\w.])[-+]?\d+(?:\.\d+)?%?")


def extract_numbers(text: str) -> list[float]:
    """Numbers mentioned in free text; '1,200' is 1200 and '15%' is 0.15."""
    values = []
    for token in NUMBER_RE.findall(text):
        is_percent = token.endswith("%")
        value = float(token.rstrip("%").replace(",", ""))
        values.append(round(value / 100, 6) if is_percent else value)
    return values

# dev cases
extract_numbers("Sold 1,200 units at $4.50 (-3 returns), up 15% on v2 sales")
