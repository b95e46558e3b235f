def indent_width(line: str, tab_size: int = 4) -> int:
    """Visual indentation of a line, expanding tabs to the next tab stop."""
    column = 0
    for ch in line:
        if ch == " ":
            column += 1
        elif ch == "\t":
            column += tab_size - column % tab_size
        else:
            break
    return column

# dev cases
indent_width("  \t\t  return x")
indent_width("\t if ok:", tab_size=8)
