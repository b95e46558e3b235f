def split_budget(total_cents: int, weights: dict[str, int]) -> dict[str, int]:
    """Split a budget in cents proportionally to integer weights.

    Leftover cents from rounding down go one each to the teams with the
    largest remainders, so the parts always add up to the total.
    """
    weight_sum = sum(weights.values())
    shares = {}
    remainders = []
    for team, weight in weights.items():
        whole, remainder = divmod(total_cents * weight, weight_sum)
        shares[team] = whole
        remainders.append((remainder, team))

    leftover = total_cents - sum(shares.values())
    for _, team in sorted(remainders, key=lambda r: (-r[0], r[1]))[:leftover]:
        shares[team] += 1
    return shares

# dev cases
split_budget(100000, {"design": 3, "eng": 5, "ops": 1})
split_budget(1001, {"a": 1, "b": 1, "c": 1})
