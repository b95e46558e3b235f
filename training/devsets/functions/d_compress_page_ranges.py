def compress_pages(pages):
    """Printer-style page ranges: [1, 2, 3, 5, 7, 8] -> "1-3, 5, 7-8"."""
    pages = sorted(set(pages))
    parts = []
    i = 0
    while i < len(pages):
        start = pages[i]
        while i + 1 < len(pages) and pages[i + 1] == pages[i] + 1:
            i += 1
        end = pages[i]
        parts.append(str(start) if start == end else f"{start}-{end}")
        i += 1
    return ", ".join(parts)

# dev cases
compress_pages([4, 1, 2, 3, 9, 12, 11, 10, 7, 2])
compress_pages([42])
