"""Scale a recipe to a different number of servings and tidy up the units."""
from dataclasses import dataclass
from fractions import Fraction

BASE_SERVINGS = 4
# when an amount grows past the limit, move it to the bigger unit
UPGRADES = {"tsp": (3, "tbsp"), "tbsp": (16, "cup"), "g": (1000, "kg")}


@dataclass
class Ingredient:
    name: str
    amount: Fraction
    unit: str

    def scaled(self, factor: Fraction) -> "Ingredient":
        return normalize(Ingredient(self.name, self.amount * factor, self.unit))

    def __str__(self) -> str:
        return f"{pretty(self.amount):>6} {self.unit:<5} {self.name}"


def normalize(item: Ingredient) -> Ingredient:
    while item.unit in UPGRADES:
        size, bigger = UPGRADES[item.unit]
        if item.amount < size:
            break
        item = Ingredient(item.name, item.amount / size, bigger)
    return item


def pretty(x: Fraction) -> str:
    """Show 7/4 as '1 3/4'.

    >>> pretty(Fraction(7, 4))
    '1 3/4'
    """
    whole, rest = divmod(x.numerator, x.denominator)
    if rest == 0:
        return str(whole)
    frac = f"{rest}/{x.denominator}"
    return f"{whole} {frac}" if whole else frac


PANCAKES = [
    Ingredient("flour", Fraction(250), "g"),
    Ingredient("milk", Fraction(3, 2), "cup"),
    Ingredient("sugar", Fraction(2), "tbsp"),
    Ingredient("baking powder", Fraction(2), "tsp"),
    Ingredient("eggs", Fraction(2), "pc"),
]

if __name__ == "__main__":
    for servings in (2, 6, 16):
        factor = Fraction(servings, BASE_SERVINGS)
        print(f"--- pancakes for {servings} (x{pretty(factor)}) ---")
        for ing in PANCAKES:
            print(ing.scaled(factor))
