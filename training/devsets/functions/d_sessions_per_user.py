"""Analytics: turn raw page-view events into visit sessions."""
from collections import defaultdict

SESSION_GAP_MINUTES = 30


def sessions_per_user(events: list[tuple[str, int]]) -> dict[str, int]:
    """Count sessions per user from (user, minute) page views.

    A new session starts when more than SESSION_GAP_MINUTES pass between
    two of the same user's views. Events can arrive out of order.
    """
    minutes_by_user = defaultdict(list)
    for user, minute in events:
        minutes_by_user[user].append(minute)

    counts = {}
    for user in sorted(minutes_by_user):
        minutes = sorted(minutes_by_user[user])
        sessions = 1
        for earlier, later in zip(minutes, minutes[1:]):
            if later - earlier > SESSION_GAP_MINUTES:
                sessions += 1
        counts[user] = sessions
    return counts

# dev cases
sessions_per_user([("u1", 0), ("u2", 5), ("u1", 25), ("u1", 56), ("u2", 200), ("u1", 90), ("u2", 230), ("u3", 12)])
