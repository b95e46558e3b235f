"""A vending machine state machine with coin handling and change making.

Coins are in cents. Change is paid from the coins the machine actually
holds, largest first; if exact change is impossible the sale is refused.
"""
from collections import Counter
from enum import Enum

COINS = (200, 100, 50, 20, 10, 5)


class Mode(Enum):
    IDLE = "idle"
    HAS_CREDIT = "has credit"
    OUT_OF_SERVICE = "out of service"


class VendingError(Exception):
    pass


class Slot:
    def __init__(self, code: str, name: str, price: int, count: int) -> None:
        self.code, self.name, self.price, self.count = code, name, price, count

    def __repr__(self) -> str:
        return f"Slot({self.code}, {self.name!r}, {self.price}c, x{self.count})"


def make_change(amount: int, bank: Counter) -> Counter:
    """Greedy change from the coins available, or raise VendingError.

    >>> sorted(make_change(70, Counter({50: 1, 20: 2})).items())
    [(20, 1), (50, 1)]
    """
    change = Counter()
    for coin in COINS:
        while amount >= coin and bank[coin] - change[coin] > 0:
            change[coin] += 1
            amount -= coin
    if amount:
        raise VendingError("cannot make exact change")
    return change


def fmt(cents: int) -> str:
    return f"${cents / 100:.2f}"


class VendingMachine:
    def __init__(self, slots: list[Slot], float_coins: dict[int, int]) -> None:
        self.slots = {s.code: s for s in slots}
        self.bank = Counter(float_coins)
        self.inserted = Counter()
        self.mode = Mode.IDLE
        self.sales = 0

    @property
    def credit(self) -> int:
        return sum(coin * n for coin, n in self.inserted.items())

    def insert(self, coin: int) -> str:
        if self.mode is Mode.OUT_OF_SERVICE:
            raise VendingError("machine is out of service")
        if coin not in COINS:
            raise VendingError(f"rejected coin {coin}c")
        self.inserted[coin] += 1
        self.mode = Mode.HAS_CREDIT
        return f"credit {fmt(self.credit)}"

    def select(self, code: str) -> str:
        slot = self.slots.get(code)
        if slot is None:
            raise VendingError(f"no slot {code}")
        if slot.count == 0:
            raise VendingError(f"{slot.name} sold out")
        if self.credit < slot.price:
            raise VendingError(f"{slot.name} costs {fmt(slot.price)}, credit {fmt(self.credit)}")
        # the inserted coins join the bank before change is worked out
        combined = self.bank + self.inserted
        change = make_change(self.credit - slot.price, combined)
        self.bank = combined - change
        self.inserted.clear()
        slot.count -= 1
        self.sales += slot.price
        self.mode = Mode.IDLE
        if not any(s.count for s in self.slots.values()):
            self.mode = Mode.OUT_OF_SERVICE
        coins = "+".join(str(c) for c in sorted(change.elements(), reverse=True)) or "none"
        return f"vend {slot.name}, change {coins}"

    def cancel(self) -> str:
        refund = self.credit
        self.inserted.clear()
        self.mode = Mode.IDLE
        return f"refund {fmt(refund)}"


if __name__ == "__main__":
    machine = VendingMachine(
        [Slot("A1", "water", 120, 2), Slot("A2", "crisps", 150, 1), Slot("B1", "cola", 180, 1)],
        float_coins={50: 1, 20: 1, 10: 2},
    )
    steps = [
        ('insert', 200), ('select', 'A1'),
        ('insert', 100), ('select', 'B1'), ('insert', 100), ('select', 'B1'),
        ('insert', 3), ('insert', 200), ('select', 'C9'), ('select', 'A2'),
        ('cancel', None),
        ('insert', 100), ('insert', 20), ('select', 'A1'),
        ('insert', 100), ('select', 'A2'),
    ]
    for action, arg in steps:
        try:
            result = machine.cancel() if action == "cancel" else getattr(machine, action)(arg)
        except VendingError as err:
            result = f"error: {err}"
        print(f"{action:<7}{str(arg or ''):<5}-> {result:<40}[{machine.mode.value}]")
    print(f"sales {fmt(machine.sales)}; coins held:", dict(sorted(machine.bank.items())))
    print(list(machine.slots.values()))
