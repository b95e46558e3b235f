from itertools import pairwise


def percent_changes(prices: list[float]) -> list[float]:
    return [round((today - yesterday) / yesterday * 100, 1) for yesterday, today in pairwise(prices)]

# dev cases
percent_changes([100.0, 104.5, 99.8, 99.8, 120.0])
percent_changes([19.99, 17.49, 24.99])
