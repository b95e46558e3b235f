import statistics


def salary_stats(salaries: list[int]) -> dict[str, int]:
    """Headline numbers for the compensation report, rounded to dollars."""
    stats = {
        "mean": statistics.mean(salaries),
        "median": statistics.median(salaries),
        "spread": max(salaries) - min(salaries),
    }
    if len(salaries) > 1:
        stats["stdev"] = statistics.stdev(salaries)
    return {name: round(value) for name, value in stats.items()}

# dev cases
salary_stats([52000, 61000, 58500, 75000, 49000, 120000])
salary_stats([70000])
