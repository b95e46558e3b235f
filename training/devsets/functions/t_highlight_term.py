import re


def highlight_term(text: str, term: str, before: str = "**", after: str | None = None) -> str:
    """Wrap every case-insensitive whole-word match of `term` in markers."""
    if not term.strip():
        return text
    after = before if after is None else after
    pattern = re.compile(rf"\b{re.escape(term.strip())}\b", re.IGNORECASE)
    return pattern.sub(lambda m: f"{before}{m.group(0)}{after}", text)

# dev cases
highlight_term("Python is fun; python3 and PYTHON too", "python")
highlight_term("Fix the cache. Caches cache.", " cache", "<mark>", "</mark>")
