IRREGULAR = {"person": "people", "child": "children", "mouse": "mice", "index": "indices"}


def pluralize(word: str, count: int) -> str:
    """'3 boxes', '1 file', '2 people' -- the count with the right noun form."""
    if count == 1:
        return f"{count} {word}"
    lower = word.lower()
    if lower in IRREGULAR:
        plural = IRREGULAR[lower]
    elif lower.endswith(("s", "x", "z", "ch", "sh")):
        plural = word + "es"
    elif lower.endswith("y") and lower[-2:-1] not in "aeiou":
        plural = word[:-1] + "ies"
    else:
        plural = word + "s"
    return f"{count} {plural}"

# dev cases
pluralize("category", 4)
pluralize("branch", 0)
