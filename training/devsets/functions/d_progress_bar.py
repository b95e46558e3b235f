def progress_bar(done: int, total: int, width: int = 20) -> str:
    if total <= 0:
        return "[" + "-" * width + "] n/a"
    fraction = min(done / total, 1.0)
    filled = int(fraction * width)
    return f"[{'#' * filled}{'-' * (width - filled)}] {round(fraction * 100)}%"

# dev cases
progress_bar(37, 90)
progress_bar(12, 10, 10)
