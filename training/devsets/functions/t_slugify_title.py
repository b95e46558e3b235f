import re
import unicodedata

MAX_SLUG_LENGTH = 48


def slugify_title(title: str) -> str:
    """Turn a post title into a URL slug.

    >>> slugify_title("Hello, World!")
    'hello-world'
    """
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    slug = "-".join(words)

    # cut at a word boundary so we never end up with half a word
    if len(slug) > MAX_SLUG_LENGTH:
        slug = slug[:MAX_SLUG_LENGTH].rsplit("-", 1)[0]
    return slug

# dev cases
slugify_title("  Hello, World! 2024 Edition ")
slugify_title("Café Déjà Vu: 10 Tips & Tricks")
