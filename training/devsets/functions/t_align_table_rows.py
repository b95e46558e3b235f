def align_table_rows(rows: list[list], separator: str = " | ") -> list[str]:
    """Pad every column to its widest cell; numbers are right-aligned."""
    cells = [[str(value) for value in row] for row in rows]
    widths = [max(len(row[col]) for row in cells) for col in range(len(cells[0]))]

    lines = []
    for raw_row, row in zip(rows, cells):
        padded = []
        for value, text, width in zip(raw_row, row, widths):
            if isinstance(value, (int, float)):
                padded.append(text.rjust(width))
            else:
                padded.append(text.ljust(width))
        lines.append(separator.join(padded).rstrip())
    return lines

# dev cases
align_table_rows([["item", "qty"], ["apple", 3], ["kiwi", 12]])
align_table_rows([["id", "name", "score"], [7, "Bo", 9.5], [12, "Alexa", 10]], " ")
