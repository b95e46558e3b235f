# order matters: Edge and Opera also claim to be Chrome, Chrome claims Safari
BROWSER_MARKERS = [
    ("Edg/", "Edge"),
    ("OPR/", "Opera"),
    ("Firefox/", "Firefox"),
    ("Chrome/", "Chrome"),
    ("Safari/", "Safari"),
]


def browser_from_user_agent(user_agent: str) -> tuple[str, int | None]:
    """Best-guess (browser, major version) from a User-Agent header."""
    for marker, browser in BROWSER_MARKERS:
        start = user_agent.find(marker)
        if start == -1:
            continue
        if browser == "Safari" and "Version/" in user_agent:
            start, marker = user_agent.find("Version/"), "Version/"
        version_text = user_agent[start + len(marker):].split(" ")[0]
        major = version_text.split(".")[0]
        return browser, int(major) if major.isdigit() else None
    return "Other", None

# dev cases
browser_from_user_agent("Mozilla/5.0 (X11) AppleWebKit/537.36 Chrome/124.0.0 Safari/537.36 Edg/124.0.2478")
browser_from_user_agent("Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15")
