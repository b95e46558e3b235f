from collections import Counter


def can_fulfill(order_lines: list[str], shelf: dict[str, int]) -> bool:
    needed = Counter(order_lines)
    return not needed - Counter(shelf)

# dev cases
can_fulfill(["soap", "towel", "soap", "sponge"], {"soap": 2, "towel": 5, "sponge": 1, "brush": 3})
can_fulfill(["cable", "cable", "charger", "cable"], {"cable": 2, "charger": 4})
