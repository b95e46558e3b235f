import re

INT_RE = re.compile(r"^[+-]?\d+$")
FLOAT_RE = re.compile(r"^[+-]?(\d+\.\d*|\.\d+)([eE][+-]?\d+)?$")


def _cell_type(cell: str) -> str:
    if cell == "":
        return "empty"
    if INT_RE.match(cell):
        return "int"
    if FLOAT_RE.match(cell):
        return "float"
    if cell.lower() in ("true", "false", "yes", "no"):
        return "bool"
    return "str"


def infer_column_types(header: str, rows: list[str]) -> dict[str, str]:
    """Guess a type per CSV column; ints widen to float, anything odd to str."""
    names = [name.strip() for name in header.split(",")]
    guesses = {name: "empty" for name in names}

    for row in rows:
        for name, cell in zip(names, row.split(",")):
            found = _cell_type(cell.strip())
            current = guesses[name]
            if found == "empty" or found == current:
                continue
            if current == "empty":
                guesses[name] = found
            elif {current, found} == {"int", "float"}:
                guesses[name] = "float"
            else:
                guesses[name] = "str"
    return guesses

# dev cases
infer_column_types("id, price, active, note", ["1,9.99,yes,", "2,10,no,ok", "3,,true,7"])
