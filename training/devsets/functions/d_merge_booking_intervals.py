def merge_bookings(bookings: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge room bookings given as (start_hour, end_hour) into blocks of
    continuous use. Touching bookings are merged too."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(bookings):
        if merged and start <= merged[-1][1]:
            last_start, last_end = merged[-1]
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged

# dev cases
merge_bookings([(14, 16), (9, 11), (10, 12), (16, 17), (19, 21), (20, 20)])
