import string


def is_valid_hex_color(value: str) -> bool:
    """Accept '#abc', '#AABBCC' and '#AABBCCDD' (with alpha)."""
    if not value.startswith("#"):
        return False
    digits = value[1:]
    return len(digits) in (3, 6, 8) and all(ch in string.hexdigits for ch in digits)

# dev cases
is_valid_hex_color("#1e90FF")
is_valid_hex_color("#12345")
