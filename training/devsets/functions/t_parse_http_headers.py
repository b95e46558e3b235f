def parse_http_headers(raw: str) -> dict[str, str]:
    """Parse a raw header block into a dict with canonical Title-Case names.

    Repeated headers are joined with ', ' as RFC 7230 allows; continuation
    lines (starting with whitespace) extend the previous header.
    """
    headers: dict[str, str] = {}
    last_name = None
    for line in raw.split("\r\n"):
        if not line:
            continue
        if line[0] in " \t" and last_name:
            headers[last_name] += " " + line.strip()
            continue
        name, _, value = line.partition(":")
        name = "-".join(part.capitalize() for part in name.strip().split("-"))
        value = value.strip()
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
        last_name = name
    return headers

# dev cases
parse_http_headers("content-type: text/html\r\nACCEPT: a/b\r\naccept: c/d\r\nX-Note: one\r\n  two")
