SIZE_UNITS = ["B", "KB", "MB", "GB", "TB"]


def format_file_size(num_bytes: int, binary: bool = True) -> str:
    """Human-readable size, e.g. 1536 -> '1.5 KB'."""
    step = 1024 if binary else 1000
    size = float(num_bytes)
    unit_index = 0
    while size >= step and unit_index < len(SIZE_UNITS) - 1:
        size /= step
        unit_index += 1

    if unit_index == 0:
        return f"{num_bytes} B"
    text = f"{size:.1f}".rstrip("0").rstrip(".")
    return f"{text} {SIZE_UNITS[unit_index]}"

# dev cases
format_file_size(5368709120)
format_file_size(1250000, binary=False)
