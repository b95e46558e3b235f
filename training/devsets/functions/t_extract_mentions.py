import re

MENTION_RE = re.compile(r"(?:^|(?<=[\s(]))@([A-Za-z0-9_]{2,15})\b")


def extract_mentions(message: str, exclude: str | None = None) -> list[str]:
    """Usernames mentioned with @, in order, without repeats or the author."""
    mentions = []
    for name in MENTION_RE.findall(message):
        name = name.lower()
        if name != (exclude or "").lower() and name not in mentions:
            mentions.append(name)
    return mentions

# dev cases
extract_mentions("@Sam can you review? cc @lee_k (@Sam too) mail me: bo@x.org", exclude="lee_k")
extract_mentions("thanks @Ana_B, @ana_b and @jo!")
