import re

SKU_PATTERN = re.compile(r"^[A-Z]{3}-\d{4}(-[A-Z0-9]{2})?$")


def is_valid_sku(sku: str) -> bool:
    """SKUs look like "ABC-1234" with an optional two-character variant
    suffix ("ABC-1234-XL"). The check digit is the sum of the four digits
    modulo 10 and must not be 0."""
    if not SKU_PATTERN.match(sku):
        return False
    digits = sku.split("-")[1]
    return sum(int(d) for d in digits) % 10 != 0

# dev cases
is_valid_sku("TSH-2047-XL")
is_valid_sku("MUG-1900")
