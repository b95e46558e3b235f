def is_valid_ipv4(address: str, allow_private: bool = True) -> bool:
    """Strict dotted-quad check: four parts 0-255, no leading zeros.

    >>> is_valid_ipv4("192.168.0.1")
    True
    >>> is_valid_ipv4("192.168.0.1", allow_private=False)
    False
    """
    parts = address.strip().split(".")
    if len(parts) != 4:
        return False
    for part in parts:
        if not part.isdigit() or (len(part) > 1 and part[0] == "0") or int(part) > 255:
            return False

    first, second = int(parts[0]), int(parts[1])
    is_private = first == 10 or (first == 172 and 16 <= second <= 31) or (first, second) == (192, 168)
    return allow_private or not is_private

# dev cases
is_valid_ipv4("172.32.3.4", allow_private=False)
is_valid_ipv4(" 8.8.08.8")
