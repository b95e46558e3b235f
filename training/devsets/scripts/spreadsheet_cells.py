"""A toy spreadsheet: cells hold numbers or formulas like '=A1+B2*2' or '=SUM(A1:A3)'.

Formulas are evaluated lazily with memoisation; circular references and
bad references are reported in the cell instead of crashing the sheet.
"""
import re
import string
from functools import reduce

REF = re.compile(r"\b([A-Z])([1-9][0-9]?)\b")
RANGE = re.compile(r"\b(SUM|MAX|MIN|AVG)\(([A-Z][0-9]+):([A-Z][0-9]+)\)")
FUNCS = {
    "SUM": sum,
    "MAX": max,
    "MIN": min,
    "AVG": lambda xs: sum(xs) / len(xs),
}


class CellError(Exception):
    """Shown in the cell, like '#REF!' in a real spreadsheet."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code} {detail}")
        self.code = code


def expand(start: str, end: str) -> list[str]:
    """
    >>> expand("A1", "B2")
    ['A1', 'A2', 'B1', 'B2']
    """
    cols = string.ascii_uppercase
    c0, c1 = cols.index(start[0]), cols.index(end[0])
    r0, r1 = int(start[1:]), int(end[1:])
    return [f"{cols[c]}{r}" for c in range(c0, c1 + 1) for r in range(r0, r1 + 1)]


class Sheet:
    def __init__(self, cells: dict[str, str]) -> None:
        self.raw = dict(cells)
        self.cache: dict[str, float] = {}
        self._visiting: list[str] = []

    def __getitem__(self, name: str) -> float:
        if name in self.cache:
            return self.cache[name]
        if name in self._visiting:
            loop = " -> ".join(self._visiting[self._visiting.index(name):] + [name])
            raise CellError("#CYCLE!", loop)
        if name not in self.raw:
            raise CellError("#REF!", name)
        self._visiting.append(name)
        try:
            value = self._evaluate(self.raw[name])
        finally:
            self._visiting.pop()
        self.cache[name] = value
        return value

    def _evaluate(self, text: str) -> float:
        if not text.startswith("="):
            return float(text)
        expr = text[1:]

        def do_range(m: re.Match) -> str:
            values = [self[c] for c in expand(m.group(2), m.group(3)) if c in self.raw]
            return repr(FUNCS[m.group(1)](values))

        expr = RANGE.sub(do_range, expr)
        expr = REF.sub(lambda m: repr(self[m.group(0)]), expr)
        if not re.fullmatch(r"[0-9.+\-*/() e]+", expr):
            raise CellError("#NAME?", expr)
        try:
            return eval(expr, {"__builtins__": {}})
        except ZeroDivisionError:
            raise CellError("#DIV/0!", text) from None

    def show(self, name: str) -> str:
        try:
            return f"{self[name]:10.2f}"
        except CellError as err:
            return f"{err.code:>10}"


SHEET = {
    "A1": "120", "A2": "80", "A3": "45.5",
    "B1": "=A1*1.2", "B2": "=A2*1.2", "B3": "=A3*1.2",
    "C1": "=SUM(B1:B3)", "C2": "=AVG(A1:A3)", "C3": "=MAX(A1:B3)-MIN(A1:B3)",
    "D1": "=D2+1", "D2": "=D1*2",
    "D3": "=A3/(A2-80)",
    "E1": "=Z9+1",
    "E2": "=A1 % 7",
}

if __name__ == "__main__":
    sheet = Sheet(SHEET)
    print("      " + "".join(f"{c:>10}" for c in "ABCDE"))
    for row in range(1, 4):
        cells = [sheet.show(f"{col}{row}") for col in "ABCDE"]
        print(f"{row:<6}" + "".join(cells))
    try:
        sheet["D1"]
    except CellError as err:
        print("D1:", err)
    grand = reduce(lambda acc, name: acc + sheet[name], ["C1", "C2"], 0.0)
    print(f"C1 + C2 = {grand:.2f}; {len(sheet.cache)} cells cached")
