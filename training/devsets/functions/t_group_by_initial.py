from collections import defaultdict


def group_by_initial(names: list[str]) -> dict[str, list[str]]:
    """Index names by their first letter for an address-book sidebar.

    Names are trimmed and sorted case-insensitively; anything that doesn't
    start with a letter goes under '#'.
    """
    groups = defaultdict(list)
    for name in sorted((n.strip() for n in names if n.strip()), key=str.casefold):
        initial = name[0].upper()
        groups[initial if initial.isalpha() else "#"].append(name)
    return dict(sorted(groups.items()))

# dev cases
group_by_initial(["bob", " Alice", "arnold", "3M Support", "Bea", "", "zoe", "Aaron "])
