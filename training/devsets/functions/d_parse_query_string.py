def parse_query(query):
    """Parse "a=1&b=2&a=3" into {"a": ["1", "3"], "b": ["2"]}.

    A leading "?" is ignored, "+" means space, keys without "=" get an empty
    value, and empty pieces (from "&&") are skipped.
    """
    params: dict[str, list[str]] = {}
    for piece in query.lstrip("?").split("&"):
        if not piece:
            continue
        key, _, value = piece.partition("=")
        params.setdefault(key, []).append(value.replace("+", " "))
    return params

# dev cases
parse_query("?q=red+shoes&size=9&size=9.5&&sale&page=2")
