from fractions import Fraction


def nice_amount(value: float) -> str:
    # kitchen measures: round to the nearest quarter
    quarters = Fraction(round(value * 4), 4)
    whole, part = divmod(quarters, 1)
    if part == 0:
        return str(whole)
    return f"{whole} {part}" if whole else str(part)


def scale_recipe(ingredients: dict[str, tuple[float, str]], serves: int, wanted: int) -> dict[str, str]:
    """Scale ingredient amounts from `serves` people to `wanted` people."""
    factor = wanted / serves
    scaled = {}
    for name, (amount, unit) in ingredients.items():
        scaled[name] = f"{nice_amount(amount * factor)} {unit}".strip()
    return scaled

# dev cases
scale_recipe({"flour": (2.0, "cups"), "sugar": (0.75, "cup"), "eggs": (3, "")}, 4, 6)
scale_recipe({"rice": (1.5, "cups"), "stock": (3.0, "cups")}, 6, 2)
