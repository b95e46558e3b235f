def redact_api_key(key: str, keep: int = 4) -> str:
    """Show a key's prefix (up to the first '_') and its last characters only.

    >>> redact_api_key("sk_live_abcdef123456")
    'sk_*************3456'
    """
    key = key.strip()
    prefix, sep, secret = key.partition("_")
    if not sep:
        prefix, secret = "", key
    if len(secret) <= keep:
        return prefix + sep + "*" * len(secret)
    return prefix + sep + "*" * (len(secret) - keep) + secret[-keep:]

# dev cases
redact_api_key("pk_test_51HqLyjWDarjtT1zdp7dc")
redact_api_key("ghp9X2aa81Qz", keep=2)
