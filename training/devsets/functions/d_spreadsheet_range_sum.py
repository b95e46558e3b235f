import re


def cell_to_index(ref: str) -> tuple[int, int]:
    """Zero-based (row, col) of a reference: "B3" -> (2, 1)."""
    letters, digits = re.fullmatch(r"([A-Z]+)(\d+)", ref.upper()).groups()
    col = 0
    for letter in letters:
        col = col * 26 + (ord(letter) - ord("A") + 1)
    return int(digits) - 1, col - 1


def range_sum(sheet: list[list], cell_range: str) -> float:
    """Sum the numeric cells in a range like "B2:C4"; text and empty cells
    count as zero, as in a spreadsheet SUM()."""
    top_left, bottom_right = cell_range.split(":")
    r1, c1 = cell_to_index(top_left)
    r2, c2 = cell_to_index(bottom_right)
    total = 0
    for row in sheet[r1:r2 + 1]:
        for value in row[c1:c2 + 1]:
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                total += value
    return total

# dev cases
range_sum([["item", "q1", "q2"], ["pens", 120, 95], ["ink", "n/a", 40], ["pads", 33, None]], "b2:c4")
range_sum([[1.5, 2], [3, 4.25]], "A1:A2")
