"""Membership report: how many members fall into each age bracket."""

BRACKETS = [(0, 17, "under 18"), (18, 29, "18-29"), (30, 44, "30-44"), (45, 64, "45-64"), (65, 200, "65+")]


def bracket_for(age: int) -> str:
    for low, high, label in BRACKETS:
        if low <= age <= high:
            return label
    raise ValueError(f"age out of range: {age}")


def age_bracket_counts(birth_years: list[int], current_year: int = 2024) -> dict[str, int]:
    counts = {label: 0 for _, _, label in BRACKETS}
    for year in birth_years:
        counts[bracket_for(current_year - year)] += 1
    # the report only lists brackets that have members
    return {label: n for label, n in counts.items() if n}

# dev cases
age_bracket_counts([1990, 2008, 1975, 1958, 2001, 1999, 1944, 1986, 2010])
age_bracket_counts([1980, 1995], 2030)
