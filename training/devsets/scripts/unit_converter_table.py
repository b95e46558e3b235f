"""Print conversion tables between a few length and weight units."""
from functools import reduce

# factors to the base unit of each family (metre, gram)
LENGTH = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048}
WEIGHT = {"g": 1.0, "kg": 1000.0, "oz": 28.3495, "lb": 453.592}
FAMILIES = [LENGTH, WEIGHT]


class UnitError(ValueError):
    """Raised when two units cannot be converted into each other."""


def family_of(unit: str) -> dict:
    for fam in FAMILIES:
        if unit in fam:
            return fam
    raise UnitError(f"unknown unit: {unit}")


def convert(value: float, src: str, dst: str) -> float:
    """
    >>> round(convert(2, "km", "m"), 3)
    2000.0
    """
    fam = family_of(src)
    if dst not in fam:
        raise UnitError(f"cannot convert {src} to {dst}")
    return value * fam[src] / fam[dst]


def chain(value: float, units: list[str]) -> float:
    """Convert through a list of units in turn, e.g. in -> cm -> ft."""
    pairs = zip(units, units[1:])
    return reduce(lambda acc, p: convert(acc, p[0], p[1]), pairs, value)


def table(units: list[str], value: float = 1.0) -> None:
    print("from  " + "".join(f"{u:>10}" for u in units))
    for src in units:
        row = [convert(value, src, dst) for dst in units]
        print(f"{src:<6}" + "".join(f"{x:>10.4g}" for x in row))


if __name__ == "__main__":
    table(["cm", "m", "in", "ft"])
    print()
    table(["g", "oz", "lb"])
    print()
    print(f"12 in via cm to ft: {chain(12, ['in', 'cm', 'ft']):.3f}")
    for src, dst in [("kg", "lb"), ("ft", "kg"), ("mile", "km")]:
        try:
            print(f"1 {src} = {convert(1, src, dst):.3f} {dst}")
        except UnitError as err:
            print("error:", err)
