import re

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def parse_loose_date(text: str) -> tuple[int, int, int] | None:
    """Accept '2024-3-7', '2024/03/07' or '7 Mar 2024'; return (y, m, d)."""
    text = text.strip()
    match = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", text)
    if match:
        year, month, day = map(int, match.groups())
    else:
        match = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})", text)
        if not match or match.group(2).lower() not in MONTHS:
            return None
        day, year = int(match.group(1)), int(match.group(3))
        month = MONTHS.index(match.group(2).lower()) + 1

    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return year, month, day

# dev cases
parse_loose_date(" 7 September, 2024 ")
parse_loose_date("2023/13/02")
