import re

UNIT_TO_GRAMS = {"mg": 0.001, "g": 1, "kg": 1000, "lb": 453.59237, "oz": 28.349523125}
WEIGHT_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]+)\s*$")


def parse_weight_grams(text: str) -> float:
    """'12kg' -> 12000.0, '3.5 lb' -> 1587.57 (rounded to 2 decimals)."""
    match = WEIGHT_RE.match(text)
    if not match:
        raise ValueError(f"not a weight: {text!r}")
    amount, unit = match.groups()
    unit = unit.lower().rstrip("s") if unit.lower() not in ("g", "kg", "mg") else unit.lower()
    return round(float(amount) * UNIT_TO_GRAMS[unit], 2)

# dev cases
parse_weight_grams(" 3.5 LBS")
parse_weight_grams("12kg")
