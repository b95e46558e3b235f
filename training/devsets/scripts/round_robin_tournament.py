"""Round-robin schedule for a small chess club, using the circle method."""
from itertools import chain

BYE = "(bye)"


def rounds(players: list[str]) -> list[list[tuple[str, str]]]:
    """Every player meets every other exactly once.

    >>> len(rounds(["a", "b", "c", "d"]))
    3
    """
    seats = list(players)
    if len(seats) % 2:
        seats.append(BYE)
    n = len(seats)
    schedule = []
    for r in range(n - 1):
        pairs = [(seats[i], seats[n - 1 - i]) for i in range(n // 2)]
        # swap colours on odd rounds so the fixed player doesn't always play white
        if r % 2:
            pairs[0] = pairs[0][::-1]
        schedule.append(pairs)
        seats = [seats[0], seats[-1]] + seats[1:-1]
    return schedule


def white_counts(schedule) -> dict[str, int]:
    counts: dict[str, int] = {}
    for white, black in chain.from_iterable(schedule):
        if BYE in (white, black):
            continue
        counts[white] = counts.get(white, 0) + 1
        counts.setdefault(black, 0)
    return counts


if __name__ == "__main__":
    club = ["Ana", "Ben", "Chidi", "Dora", "Emil"]
    plan = rounds(club)
    for number, pairs in enumerate(plan, start=1):
        games = ", ".join(f"{w} v {b}" for w, b in pairs if BYE not in (w, b))
        resting = [p for pair in pairs for p in pair if BYE in pair and p != BYE]
        print(f"Round {number}: {games}  | rests: {resting[0]}")
    print()
    for name, n in sorted(white_counts(plan).items()):
        print(f"{name:<6} white in {n} game(s)")
