import re

MULTIPLIERS = {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3, "t": 1024 ** 4}


def parse_file_size(text: str) -> int:
    """Parse sizes like '1.5MB', '512 k' or '2GiB' into a number of bytes.

    >>> parse_file_size("4K")
    4096
    """
    match = re.fullmatch(r"\s*([\d.]+)\s*([kmgt]?)(?:i?b)?\s*", text, flags=re.IGNORECASE)
    if match is None:
        raise ValueError(f"unrecognised size {text!r}")
    number, prefix = match.groups()
    return int(float(number) * MULTIPLIERS[prefix.lower()])

# dev cases
parse_file_size("1.5MB")
parse_file_size(" 2 GiB ")
