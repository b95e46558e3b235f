class StockLedger:
    """In-memory stock levels for a single shop."""

    def __init__(self, initial: dict[str, int] | None = None):
        self.levels = dict(initial or {})
        self.rejected: list[str] = []

    def receive(self, item: str, qty: int) -> None:
        self.levels[item] = self.levels.get(item, 0) + qty

    def sell(self, item: str, qty: int) -> bool:
        if self.levels.get(item, 0) < qty:
            self.rejected.append(item)
            return False
        self.levels[item] -= qty
        if self.levels[item] == 0:
            del self.levels[item]
        return True


def run_ledger(initial: dict[str, int], operations: list[tuple[str, str, int]]) -> tuple[dict[str, int], list[str]]:
    """Apply ("receive" | "sell", item, qty) operations; return the final
    levels and the items whose sales were rejected for lack of stock."""
    ledger = StockLedger(initial)
    for action, item, qty in operations:
        if action == "receive":
            ledger.receive(item, qty)
        elif action == "sell":
            ledger.sell(item, qty)
    return ledger.levels, ledger.rejected

# dev cases
run_ledger({"apple": 10, "pear": 2}, [("sell", "apple", 4), ("sell", "pear", 3), ("receive", "plum", 6), ("sell", "pear", 2), ("sell", "kiwi", 1)])
