def row_and_column_totals(grid: list[list[int]]) -> tuple[list[int], list[int], int]:
    """Row totals, column totals and the grand total of a sales grid
    (rows are stores, columns are weeks)."""
    row_totals = [sum(row) for row in grid]
    column_totals = [sum(column) for column in zip(*grid)]
    return row_totals, column_totals, sum(row_totals)

# dev cases
row_and_column_totals([[12, 7, 3], [4, 0, 9], [10, 10, 1], [2, 5, 8]])
