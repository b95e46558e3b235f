def human_join(items: list, conjunction: str = "and", oxford_comma: bool = True) -> str:
    """['a', 'b', 'c'] -> 'a, b, and c'."""
    words = [str(item) for item in items if str(item).strip()]
    if len(words) <= 2:
        return f" {conjunction} ".join(words)
    comma = "," if oxford_comma else ""
    return f"{', '.join(words[:-1])}{comma} {conjunction} {words[-1]}"

# dev cases
human_join(["eggs", "", "flour", "milk", 2])
human_join(["tea", "coffee", "juice"], "or", oxford_comma=False)
