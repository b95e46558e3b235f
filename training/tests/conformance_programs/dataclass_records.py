from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)

    def discounted(self, rate):
        return round(self.price * (1 - rate), 2)


@dataclass(frozen=True)
class Point:
    x: int
    y: int


cart = [Item("pen", 1.5), Item("book", 12.0, ["paper"])]
total = sum(item.discounted(0.1) for item in cart)
origin = Point(0, 0)
moved = Point(origin.x + 1, origin.y)
print(total, moved, cart[1] == Item("book", 12.0, ["paper"]))
