import re


def remove_repeated_words(text: str) -> str:
    """Fix accidental doubled words such as 'the the', keeping punctuation."""
    return re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", text, flags=re.IGNORECASE)

# dev cases
remove_repeated_words("This is is the The best plan plan plan, really.")
