from itertools import combinations


def balanced_pairs(skills: dict[str, int], max_gap: int = 100) -> list[tuple[str, str]]:
    """All pairs of players whose skill ratings differ by at most max_gap,
    closest matches first."""
    pairs = []
    for (p1, s1), (p2, s2) in combinations(sorted(skills.items()), 2):
        gap = abs(s1 - s2)
        if gap <= max_gap:
            pairs.append((gap, p1, p2))
    pairs.sort()
    return [(p1, p2) for _, p1, p2 in pairs]

# dev cases
balanced_pairs({"ivy": 1420, "jon": 1380, "kai": 1610, "liz": 1505, "max": 1290})
