import math


def paginate(items: list, page: int, per_page: int = 5) -> dict:
    """One page of results plus the metadata the API returns with it.

    Pages are 1-based; a page past the end comes back empty.
    """
    total_pages = max(1, math.ceil(len(items) / per_page))
    page = max(1, page)
    start = (page - 1) * per_page
    return {
        "items": items[start:start + per_page],
        "page": page,
        "total_pages": total_pages,
        "has_next": page < total_pages,
    }

# dev cases
paginate(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"], 3, 5)
paginate([10, 20, 30, 40], 0, 3)
