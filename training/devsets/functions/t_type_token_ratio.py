import re


def type_token_ratio(text: str, window: int | None = None) -> float:
    """Share of distinct words among all words (a crude vocabulary-richness score).

    With `window`, only the first `window` words are considered so that
    texts of different lengths are comparable.
    """
    words = re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower())
    if window is not None:
        words = words[:window]
    if not words:
        return 0.0
    return round(len(set(words)) / len(words), 3)

# dev cases
type_token_ratio("The cat sat on the mat, and the cat didn't care.")
type_token_ratio("go go go, stop! go again and again", window=6)
