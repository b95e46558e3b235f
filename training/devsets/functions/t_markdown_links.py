import re

LINK_RE = re.compile(r"(!?)\[([^\]]*)\]\(\s*([^)\s]+)(?:\s+\"([^\"]*)\")?\s*\)")


def markdown_links(source: str, include_images: bool = False) -> list[tuple[str, str]]:
    """(label, url) for each inline link in a markdown string."""
    links = []
    for bang, label, url, _title in LINK_RE.findall(source):
        if bang and not include_images:
            continue
        links.append((label.strip(), url))
    return links

# dev cases
markdown_links('See [docs](https://x.io/docs "Docs") and ![logo](l.png) or [ FAQ ](/faq).')
markdown_links("![a](a.png) [b](b.html)", include_images=True)
