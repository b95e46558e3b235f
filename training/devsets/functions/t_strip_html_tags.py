import html
import re

TAG_RE = re.compile(r"<[^>]+>")
BLOCK_TAGS = re.compile(r"</?(p|div|br|li|h[1-6])\b[^>]*>", re.IGNORECASE)


def strip_html_tags(markup: str) -> str:
    """Plain text from a small HTML snippet; block tags become spaces."""
    text = BLOCK_TAGS.sub(" ", markup)
    text = TAG_RE.sub("", text)
    text = html.unescape(text)
    return " ".join(text.split())

# dev cases
strip_html_tags("<p>Fish &amp; <b>Chips</b></p><p>only &pound;5<br/>today</p>")
