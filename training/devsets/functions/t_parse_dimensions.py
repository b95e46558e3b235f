import re

TO_CM = {"mm": 0.1, "cm": 1.0, "m": 100.0, "in": 2.54, "\"": 2.54}


def parse_dimensions(text: str) -> tuple[float, ...]:
    """Parse '30 x 20 x 5 cm' or '12x8in' into centimetres, largest first."""
    match = re.fullmatch(r"\s*([\d.\sx×]+?)\s*(mm|cm|m|in|\")\s*", text.lower())
    if not match:
        raise ValueError(f"unrecognised dimensions: {text!r}")
    numbers, unit = match.groups()
    values = [float(part) * TO_CM[unit] for part in re.split(r"\s*[x×]\s*", numbers.strip())]
    return tuple(sorted((round(v, 2) for v in values), reverse=True))

# dev cases
parse_dimensions("12 x 30.5 X 8 in")
parse_dimensions("120×60mm")
