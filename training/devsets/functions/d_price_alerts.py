def threshold_crossings(prices: list[float], threshold: float) -> list[tuple[int, str]]:
    """Indexes where the price crosses the alert threshold, with direction.

    Touching the threshold exactly does not count as crossing it.
    """
    alerts = []
    side = None
    for i, price in enumerate(prices):
        if price == threshold:
            continue
        new_side = "up" if price > threshold else "down"
        if side is not None and new_side != side:
            alerts.append((i, new_side))
        side = new_side
    return alerts

# dev cases
threshold_crossings([98.2, 99.5, 100.0, 101.3, 102.0, 99.9, 100.0, 100.4], 100.0)
