from itertools import zip_longest


def changed_words(before: str, after: str) -> list[tuple[int, str, str]]:
    """Word positions where two versions of a line differ (word-by-word, no alignment)."""
    changes = []
    pairs = zip_longest(before.split(), after.split(), fillvalue="")
    for position, (old, new) in enumerate(pairs):
        if old != new:
            changes.append((position, old, new))
    return changes

# dev cases
changed_words("the quick brown fox jumps", "the quick red fox jumped high")
