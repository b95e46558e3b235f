def truncate_with_ellipsis(text: str, limit: int = 30, marker: str = "...") -> str:
    """Shorten text to at most `limit` characters, cutting at a space if possible."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text

    cut = text[: limit - len(marker)]
    last_space = cut.rfind(" ")
    if last_space > len(cut) // 2:
        cut = cut[:last_space]
    return cut.rstrip(" ,.;:") + marker

# dev cases
truncate_with_ellipsis("Quarterly report: revenue, costs, and outlook for 2025", 28)
truncate_with_ellipsis("Supercalifragilisticexpialidocious", 12, "…")
