from collections import deque


def on_call_for_week(engineers: list[str], week: int, skip: list[str] | None = None) -> str:
    """Who is on call in a given week (week 0 is the first name).

    People on leave are skipped without shifting the rotation for others.
    """
    rotation = deque(engineers)
    rotation.rotate(-(week % len(engineers)))
    for person in rotation:
        if not skip or person not in skip:
            return person
    return "nobody available"

# dev cases
on_call_for_week(["amara", "ben", "chen", "dev", "eli"], 7)
on_call_for_week(["amara", "ben", "chen"], 4, ["ben", "chen"])
