def text_histogram(counts, width=10):
    """A compact one-line histogram, bars scaled to the largest count:
    "a:#####|b:##########"."""
    if not counts:
        return ""
    largest = max(counts.values())
    bars = []
    for label, count in counts.items():
        length = round(count / largest * width) if largest else 0
        bars.append(f"{label}:{'#' * length}")
    return "|".join(bars)

# dev cases
text_histogram({"mon": 14, "tue": 9, "wed": 21, "thu": 3}, 8)
