def rows_to_columns(table: list[list]) -> dict[str, list]:
    """Turn a table whose first row is the header into column lists.

    Short rows are padded with None so every column has the same length.
    """
    header, *rows = table
    columns = {name: [] for name in header}
    for row in rows:
        for i, name in enumerate(header):
            columns[name].append(row[i] if i < len(row) else None)
    return columns

# dev cases
rows_to_columns([["sku", "qty", "price"], ["A1", 4, 2.5], ["B7", 1], ["C3", 12, 0.99]])
