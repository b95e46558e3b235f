"""Parse a small CSV export by hand (quoted fields, typed columns) and report on it."""
from collections import Counter
from typing import Iterator

RAW = '''id,name,city,signup,spend
1,Lena Ortiz,Lisbon,2023-04-02,120.50
2,"Kim, Joon",Seoul,2023-05-17,89.99
3,Priya Nair,Pune,2023-05-30,
4,"O""Brien, Pat",Dublin,2023-06-01,240.00
5,Tomas Berg,Lisbon,2023-06-11,abc
6,Sara Lind,Oslo,2023-07-04,55.25
'''

SCHEMA = {"id": int, "name": str, "city": str, "signup": str, "spend": float}


def split_line(line: str) -> list[str]:
    """Split one CSV line, honouring double quotes.

    >>> split_line('a,"b,c",d')
    ['a', 'b,c', 'd']
    """
    fields, buf, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and line[i + 1:i + 2] == '"':
                buf.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                buf.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
        i += 1
    fields.append("".join(buf))
    return fields


def records(text: str) -> Iterator[dict]:
    """Yield typed rows; rows that fail conversion are reported and skipped."""
    lines = text.strip().splitlines()
    header = split_line(lines[0])
    for lineno, line in enumerate(lines[1:], start=2):
        values = split_line(line)
        row = {}
        try:
            for col, raw in zip(header, values):
                if raw == "":
                    row[col] = None
                else:
                    row[col] = SCHEMA[col](raw)
        except ValueError as err:
            print(f"line {lineno}: skipped ({err})")
            continue
        yield row


def main() -> None:
    rows = list(records(RAW))
    print(f"{len(rows)} good rows")
    for row in rows:
        spend = "-" if row["spend"] is None else f"{row['spend']:.2f}"
        print(f"  #{row['id']} {row['name']:<14} {row['city']:<7} {spend:>7}")
    paid = [r["spend"] for r in rows if r["spend"] is not None]
    print(f"total spend {sum(paid):.2f} over {len(paid)} customers")
    by_city = Counter(r["city"] for r in rows)
    print("cities:", ", ".join(f"{c} x{n}" for c, n in sorted(by_city.items())))
    months = Counter(r["signup"][:7] for r in rows)
    print("busiest month:", max(sorted(months), key=months.get))


if __name__ == "__main__":
    main()
