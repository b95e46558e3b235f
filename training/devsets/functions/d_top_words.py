import re
from collections import Counter

STOP_WORDS = {"the", "a", "an", "and", "of", "to", "is", "it", "in"}


def top_words(text: str, n: int = 3) -> list[tuple[str, int]]:
    """Most common non-stop-words in feedback text, case-insensitive."""
    words = re.findall(r"[a-z']+", text.lower())
    counts = Counter(word for word in words if word not in STOP_WORDS)
    return counts.most_common(n)

# dev cases
top_words("The app is slow. The app crashes, and the login is SLOW to load. Slow slow app!")
top_words("Great price, great service; price of delivery is fair.", 2)
