from itertools import groupby


def longest_streak(login_days: list[int]) -> int:
    """Longest run of consecutive days with at least one login.

    login_days are day numbers, possibly unsorted and with repeats.
    """
    days = sorted(set(login_days))
    if not days:
        return 0
    # consecutive days share the same (day - index) value
    runs = groupby(enumerate(days), key=lambda pair: pair[1] - pair[0])
    return max(len(list(group)) for _, group in runs)

# dev cases
longest_streak([3, 4, 4, 5, 9, 10, 1, 11, 12, 13, 2])
longest_streak([])
