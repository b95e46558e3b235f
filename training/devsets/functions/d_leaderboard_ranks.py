def rank_players(scores: dict[str, int]) -> list[tuple[int, str, int]]:
    """Leaderboard rows (rank, player, score), best score first.

    Tied players share a rank and the next rank is skipped, so two players
    tied for 2nd are followed by 4th. Ties are listed alphabetically.
    """
    ordered = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    rows = []
    previous_score = None
    rank = 0
    for position, (player, score) in enumerate(ordered, start=1):
        if score != previous_score:
            rank = position
            previous_score = score
        rows.append((rank, player, score))
    return rows

# dev cases
rank_players({"zed": 1200, "amy": 1500, "bob": 1200, "cat": 900, "dan": 1500})
