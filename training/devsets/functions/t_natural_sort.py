import re


def _natural_key(text):
    # "file10" sorts after "file9": compare digit runs as numbers
    return [int(chunk) if chunk.isdigit() else chunk.lower()
            for chunk in re.split(r"(\d+)", text)]


def natural_sort(items: list[str], reverse: bool = False) -> list[str]:
    return sorted(items, key=_natural_key, reverse=reverse)

# dev cases
natural_sort(["img12.png", "img10.png", "IMG2.png", "img1.png", "img2b.png"])
natural_sort(["v1.10", "v1.9", "v1.10.1", "v2"], reverse=True)
