def moving_average(values, window=3):
    """Trailing moving average; starts once a full window is available."""
    if window <= 0:
        raise ValueError("window must be positive")
    averages = []
    running = 0.0
    for i, value in enumerate(values):
        running += value
        if i >= window:
            running -= values[i - window]
        if i >= window - 1:
            averages.append(round(running / window, 2))
    return averages

# dev cases
moving_average([12, 15, 11, 20, 18, 25, 21], 3)
moving_average([3.5, 4.0, 2.25, 5.0], 2)
