from urllib.parse import unquote


def parse_cookie_header(header: str) -> dict[str, str]:
    cookies = {}
    for pair in header.split(";"):
        name, sep, value = pair.strip().partition("=")
        if not sep or not name:
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        # the first occurrence of a name wins, as browsers send the most specific first
        cookies.setdefault(name, unquote(value))
    return cookies

# dev cases
parse_cookie_header('sid=abc123; theme="dark"; lang=en%2DGB; sid=old; flag')
