from itertools import groupby


def run_length_encode(text: str) -> str:
    """Compress runs of repeated characters: 'aaab' -> '3a1b'."""
    return "".join(f"{len(list(group))}{char}" for char, group in groupby(text))

# dev cases
run_length_encode("WWWWbbbWWcc  d")
run_length_encode("aabcccccaaa")
