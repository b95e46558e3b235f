def to_records(header: str, rows: list[str], sep: str = ",") -> list[dict]:
    """Turn CSV-ish text lines into dicts, converting numeric fields.

    Blank lines are skipped; values are stripped of surrounding spaces.
    """
    names = [name.strip() for name in header.split(sep)]
    records = []
    for line in rows:
        if not line.strip():
            continue
        record = {}
        for name, raw in zip(names, line.split(sep)):
            value = raw.strip()
            if value.lstrip("-").isdigit():
                record[name] = int(value)
            else:
                try:
                    record[name] = float(value)
                except ValueError:
                    record[name] = value
        records.append(record)
    return records

# dev cases
to_records("name, qty, price", ["bolt, 40, 0.15", "", "nut,-2, n/a"])
