def to_minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def has_overlap(meetings: list[tuple[str, str]]) -> bool:
    """True if any two meetings ("HH:MM", "HH:MM") overlap.

    Back-to-back meetings (one ends when the next starts) are fine.
    """
    spans = sorted((to_minutes(start), to_minutes(end)) for start, end in meetings)
    for (_, prev_end), (next_start, _) in zip(spans, spans[1:]):
        if next_start < prev_end:
            return True
    return False

# dev cases
has_overlap([("09:00", "09:30"), ("11:00", "12:15"), ("09:30", "10:45")])
has_overlap([("13:00", "14:00"), ("08:15", "09:00"), ("13:45", "14:30")])
