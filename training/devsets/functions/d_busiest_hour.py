from collections import Counter


def busiest_hour(timestamps: list[str]) -> int | None:
    # timestamps are "HH:MM"; on a tie the earliest hour wins
    if not timestamps:
        return None
    per_hour = Counter(int(stamp.split(":")[0]) for stamp in timestamps)
    best_count = max(per_hour.values())
    return min(hour for hour, count in per_hour.items() if count == best_count)

# dev cases
busiest_hour(["08:55", "09:10", "12:30", "09:45", "12:05", "17:20", "12:59", "09:00"])
busiest_hour(["23:10", "07:45", "23:59", "07:01"])
