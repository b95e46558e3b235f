import re

SKIP_WORDS = {"of", "the", "and", "for", "a", "an", "in", "on"}


def acronym_from_phrase(phrase: str) -> str:
    """'Portable Network Graphics' -> 'PNG'; hyphenated parts count as words."""
    words = re.split(r"[\s\-_/]+", phrase.strip())
    letters = [w[0] for w in words if w and w.lower() not in SKIP_WORDS]
    return "".join(letters).upper()

# dev cases
acronym_from_phrase("Complementary metal-oxide semiconductor")
acronym_from_phrase("  Department of Motor Vehicles ")
