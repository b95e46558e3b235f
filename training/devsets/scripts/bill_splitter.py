# Split a restaurant bill between friends, each paying for what they ordered
# plus an equal share of the shared plates, tax and tip.
from decimal import Decimal, ROUND_HALF_UP

TAX_RATE = Decimal('0.08')
TIP_RATE = Decimal('0.18')
CENT = Decimal('0.01')

orders = {
    'Maya': [('ramen', '14.50'), ('iced tea', '3.25')],
    'Theo': [('katsu curry', '16.00')],
    'Ines': [('udon', '13.75'), ('mochi', '5.00'), ('sake', '9.00')],
}
shared = [('gyoza', '8.50'), ('edamame', '5.50')]


def money(text_or_dec):
    return Decimal(text_or_dec).quantize(CENT, rounding=ROUND_HALF_UP)


shared_total = sum(Decimal(price) for _, price in shared)
shared_each = shared_total / len(orders)

rows = []
for person, items in orders.items():
    own = sum(Decimal(price) for _, price in items)
    subtotal = own + shared_each
    total = money(subtotal * (1 + TAX_RATE + TIP_RATE))
    rows.append((person, money(own), total))

print(f"{'name':<6}{'own':>8}{'pays':>9}")
for person, own, total in rows:
    print(f'{person:<6}{own:>8}{total:>9}')

grand = sum(t for _, _, t in rows)
exact = money((sum(Decimal(p) for items in orders.values() for _, p in items) + shared_total)
              * (1 + TAX_RATE + TIP_RATE))
print(f'collected {grand}, bill {exact}, difference {grand - exact}')

# who ordered the most, before the shared plates
biggest = max(rows, key=lambda r: r[1])
print(f'biggest order: {biggest[0]} ({biggest[1]})')
