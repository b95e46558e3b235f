def normalize_url_path(path: str) -> str:
    """Resolve '.' and '..' segments and collapse duplicate slashes.

    >>> normalize_url_path("/a/./b/../c//d/")
    '/a/c/d/'
    """
    segments = []
    for segment in path.split("/"):
        if segment in ("", "."):
            continue
        if segment == "..":
            if segments:
                segments.pop()
        else:
            segments.append(segment)

    result = "/" + "/".join(segments)
    if path.endswith("/") and segments:
        result += "/"
    return result

# dev cases
normalize_url_path("/static//img/../../css/./site.css")
normalize_url_path("docs/v2/../v3/./api/")
