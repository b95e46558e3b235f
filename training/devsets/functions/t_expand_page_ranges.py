def expand_page_ranges(spec: str, last_page: int) -> list[int]:
    """Expand a print dialog spec such as '1-3, 7, 10-' into page numbers.

    An open-ended range runs to `last_page`; pages are returned sorted and unique.
    """
    pages = set()
    for chunk in spec.replace(" ", "").split(","):
        if not chunk:
            continue
        if "-" in chunk:
            start_text, end_text = chunk.split("-", 1)
            start = int(start_text) if start_text else 1
            end = int(end_text) if end_text else last_page
            pages.update(range(start, min(end, last_page) + 1))
        elif int(chunk) <= last_page:
            pages.add(int(chunk))
    return sorted(pages)

# dev cases
expand_page_ranges("1-3, 7, 10-", 12)
expand_page_ranges("-2,5,5,40", 6)
