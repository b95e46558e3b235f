def format_duration(total_seconds: int) -> str:
    """Render seconds as '1h 05m 09s', dropping leading zero units."""
    if total_seconds < 0:
        return "-" + format_duration(-total_seconds)

    hours, rest = divmod(total_seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}h {minutes:02d}m {seconds:02d}s"
    if minutes:
        return f"{minutes}m {seconds:02d}s"
    return f"{seconds}s"

# dev cases
format_duration(3909)
format_duration(-125)
