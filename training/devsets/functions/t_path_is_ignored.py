"""Matching of .gitignore-like patterns against relative paths (no filesystem access)."""
import re
from functools import lru_cache


@lru_cache(maxsize=None)
def _pattern_to_regex(pattern: str) -> re.Pattern:
    anchored = pattern.startswith("/")
    body = pattern.strip("/")
    regex = ""
    i = 0
    while i < len(body):
        if body.startswith("**/", i):
            regex += "(?:.*/)?"
            i += 3
            continue
        ch = body[i]
        regex += "[^/]*" if ch == "*" else "[^/]" if ch == "?" else re.escape(ch)
        i += 1
    prefix = "^" if anchored or "/" in body else r"(?:^|.*/)"
    return re.compile(prefix + regex + r"(?:/.*)?$")


def path_is_ignored(path: str, patterns: list[str]) -> bool:
    """Last matching pattern wins; a leading '!' re-includes the path."""
    ignored = False
    for raw in patterns:
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        negate = raw.startswith("!")
        if _pattern_to_regex(raw.lstrip("!")).match(path):
            ignored = not negate
    return ignored

# dev cases
path_is_ignored("src/build/cache/app.o", ["*.log", "build/", "!src/build/keep.o"])
path_is_ignored("logs/debug.log", ["*.log", "# comment", "!logs/*.log"])
