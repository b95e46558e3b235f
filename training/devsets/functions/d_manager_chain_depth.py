from functools import lru_cache


def reporting_depths(manager_of: dict[str, str | None]) -> dict[str, int]:
    """How many levels each employee sits below the top of the org chart.

    manager_of maps an employee to their manager (None for the CEO).
    """

    @lru_cache(maxsize=None)
    def depth(person: str) -> int:
        boss = manager_of.get(person)
        return 0 if boss is None else depth(boss) + 1

    return {person: depth(person) for person in sorted(manager_of)}

# dev cases
reporting_depths({"ceo": None, "cto": "ceo", "dev1": "lead", "lead": "cto", "cfo": "ceo", "acct": "cfo"})
