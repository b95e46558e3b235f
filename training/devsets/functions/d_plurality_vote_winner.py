from collections import Counter


def election_winner(ballots: list[str]) -> str | None:
    """Candidate with the most votes, or None on a tie for first place.

    Spoiled ballots (empty strings) are not counted; names are matched
    case-insensitively and reported in title case.
    """
    tally = Counter(b.strip().title() for b in ballots if b.strip())
    if not tally:
        return None
    (leader, votes), *rest = tally.most_common()
    if rest and rest[0][1] == votes:
        return None
    return leader

# dev cases
election_winner(["ana lima", "Bo Chen", "ANA LIMA", "", "bo chen", "Ana Lima", " cara diaz"])
election_winner(["x", "y", "Y", "X", "z"])
