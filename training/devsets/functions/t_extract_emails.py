import re

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def extract_emails(text: str) -> list[str]:
    """All e-mail addresses in the text, lower-cased, duplicates removed, sorted."""
    found = {m.group(0).rstrip(".").lower() for m in EMAIL_RE.finditer(text)}
    return sorted(found)

# dev cases
extract_emails("Contact Ann.Lee@corp.io or sales+eu@corp.io; cc: ann.lee@CORP.io.")
