def justify_line(words: list[str], width: int) -> str:
    """Spread words over exactly `width` columns; extra spaces go to the left gaps."""
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(word) for word in words)
    base, extra = divmod(spaces, gaps)

    line = ""
    for index, word in enumerate(words[:-1]):
        line += word + " " * (base + (1 if index < extra else 0))
    return line + words[-1]

# dev cases
justify_line(["Total", "due:", "$42"], 20)
justify_line(["a", "bb", "ccc", "d"], 13)
