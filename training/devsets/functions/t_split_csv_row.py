def split_csv_row(row: str, sep: str = ",") -> list[str]:
    """Split a CSV row, honouring double quotes and "" escapes."""
    fields = []
    current = []
    in_quotes = False
    i = 0
    while i < len(row):
        ch = row[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(row) and row[i + 1] == '"':
                    current.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                current.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == sep:
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1

    fields.append("".join(current))
    return fields

# dev cases
split_csv_row('42,"Smith, Jane","said ""hi""",,ok')
split_csv_row("a;b;;\"c;d\"", ";")
