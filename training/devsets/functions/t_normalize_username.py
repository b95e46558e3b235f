RESERVED_NAMES = {"admin", "root", "support", "help"}
ALLOWED_EXTRA = "._"


def normalize_username(raw: str) -> str | None:
    """Lowercase, drop spaces and odd characters; None if unusable."""
    cleaned = "".join(
        ch for ch in raw.strip().lower().replace(" ", "_")
        if ch.isalnum() or ch in ALLOWED_EXTRA
    )
    cleaned = cleaned.strip("._")

    if len(cleaned) < 3 or cleaned in RESERVED_NAMES:
        return None
    return cleaned[:20]

# dev cases
normalize_username("  John Smith-Jones!! ")
normalize_username(" Admin ")
