def version_key(version: str) -> tuple:
    # "v1.10.0-beta" -> ((1, 10, 0), 0); releases sort after pre-releases
    version = version.lstrip("vV")
    core, _, pre = version.partition("-")
    numbers = tuple(int(part) for part in core.split("."))
    return numbers, 0 if pre else 1, pre


def sort_versions(versions: list[str], newest_first: bool = False) -> list[str]:
    """Sort release tags numerically instead of alphabetically.

    >>> sort_versions(["1.10", "1.9", "1.9-beta"])
    ['1.9-beta', '1.9', '1.10']
    """
    return sorted(versions, key=version_key, reverse=newest_first)

# dev cases
sort_versions(["1.10.0", "1.2.3", "v1.9", "1.10.0-rc1", "0.9.12", "1.2"])
sort_versions(["2.0.1", "2.0.10", "2.0.2"], True)
