import re

INVALID_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
WINDOWS_RESERVED = {"con", "prn", "aux", "nul", "com1", "lpt1"}


def sanitize_filename(name: str, replacement: str = "_") -> str:
    """Make a user-supplied name safe to use as a file name on any OS."""
    cleaned = INVALID_CHARS.sub(replacement, name).strip().strip(".")
    cleaned = re.sub(rf"{re.escape(replacement)}+", replacement, cleaned)

    stem = cleaned.split(".")[0].lower()
    if stem in WINDOWS_RESERVED:
        cleaned = replacement + cleaned
    return cleaned or "untitled"

# dev cases
sanitize_filename(' Q3 report: "final"?? v2.pdf ')
sanitize_filename("con.txt")
