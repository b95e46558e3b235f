"""Order lifecycle: which status changes the back office may apply."""

TRANSITIONS = {
    "new": {"pay": "paid", "cancel": "cancelled"},
    "paid": {"ship": "shipped", "refund": "refunded"},
    "shipped": {"deliver": "delivered", "lose": "lost"},
    "delivered": {"return": "returned"},
    "lost": {"refund": "refunded"},
}


def apply_events(events: list[str], status: str = "new") -> str:
    """Run the events through the state machine and return the final status.

    An event that is not allowed in the current status stops processing and
    the result names the problem instead, e.g. "error: cannot ship when new".
    """
    for event in events:
        allowed = TRANSITIONS.get(status, {})
        if event not in allowed:
            return f"error: cannot {event} when {status}"
        status = allowed[event]
    return status

# dev cases
apply_events(["pay", "ship", "lose", "refund"])
apply_events(["pay", "ship", "deliver", "refund"])
