"""Generate plain-text invoices for a small design studio.

Line items are hours or fixed fees; discounts apply per client tier, and
VAT is charged on the discounted subtotal. Amounts are kept in cents.
"""
from dataclasses import dataclass, field
from enum import Enum
import textwrap

VAT_RATE = 0.21
WIDTH = 52


class Tier(Enum):
    STANDARD = 0
    PARTNER = 10     # percent off
    NONPROFIT = 25


@dataclass
class LineItem:
    description: str
    quantity: float
    unit_cents: int
    unit: str = "h"

    def __post_init__(self) -> None:
        if self.quantity <= 0:
            raise ValueError(f"{self.description!r}: quantity must be positive")

    @property
    def total(self) -> int:
        return round(self.quantity * self.unit_cents)


@dataclass
class Invoice:
    number: str
    client: str
    tier: Tier
    items: list[LineItem] = field(default_factory=list)
    notes: str = ""

    def __len__(self) -> int:
        return len(self.items)

    def add(self, *args, **kwargs) -> None:
        self.items.append(LineItem(*args, **kwargs))

    @property
    def subtotal(self) -> int:
        return sum(item.total for item in self.items)

    @property
    def discount(self) -> int:
        return self.subtotal * self.tier.value // 100

    @property
    def vat(self) -> int:
        return round((self.subtotal - self.discount) * VAT_RATE)

    @property
    def total(self) -> int:
        return self.subtotal - self.discount + self.vat


def euros(cents: int) -> str:
    """
    >>> euros(123456)
    '1,234.56'
    """
    return f"{cents / 100:,.2f}"


def money_line(label: str, cents: int) -> str:
    return f"{label:<{WIDTH - 12}}{euros(cents):>12}"


def render(inv: Invoice) -> str:
    rule = "-" * WIDTH
    out = [f"INVOICE {inv.number}".center(WIDTH), f"Bill to: {inv.client}", rule]
    for item in inv.items:
        qty = f"{item.quantity:g} {item.unit} x {euros(item.unit_cents)}"
        out.append(f"{item.description[:20]:<20}{qty:>20}{euros(item.total):>12}")
    out.append(rule)
    out.append(money_line("Subtotal", inv.subtotal))
    if inv.discount:
        out.append(money_line(f"{inv.tier.name.title()} discount {inv.tier.value}%", -inv.discount))
    out.append(money_line(f"VAT {VAT_RATE:.0%}", inv.vat))
    out.append(money_line("TOTAL DUE", inv.total))
    if inv.notes:
        out.append("")
        out.extend(textwrap.wrap(inv.notes, WIDTH))
    return "\n".join(out)


def build_invoices() -> list[Invoice]:
    a = Invoice("2024-017", "Harbour Cafe", Tier.STANDARD)
    a.add("Logo concepts", 6.5, 8500)
    a.add("Menu layout", 4, 8500)
    a.add("Print proofs", 1, 4000, unit="fee")

    b = Invoice("2024-018", "River Cleanup Trust", Tier.NONPROFIT,
                notes="Thank you for the work you do. Payment within 30 days "
                      "to the account on file; reference the invoice number.")
    b.add("Poster series", 12, 7000)
    try:
        b.add("Rush fee", 0, 15000, unit="fee")
    except ValueError as err:
        print(f"[skipped line] {err}")
    b.add("Social media kit", 3.25, 7000)
    return [a, b]


if __name__ == "__main__":
    invoices = build_invoices()
    for inv in invoices:
        print(render(inv))
        print()
    grand = sum(inv.total for inv in invoices)
    count = sum(len(inv) for inv in invoices)
    print(f"{len(invoices)} invoices, {count} lines, {euros(grand)} EUR outstanding")
