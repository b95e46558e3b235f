# A longer script (about 150 lines): a small shop inventory with orders, discounts and a report.
# Used by the runtime benchmarks to compare a long program with a short one.


class Item:
    def __init__(self, name, price, stock):
        self.name = name
        self.price = price
        self.stock = stock

    def take(self, count):
        if count > self.stock:
            raise ValueError(f"only {self.stock} {self.name} left")
        self.stock -= count
        return self.price * count

    def restock(self, count):
        self.stock += count
        return self.stock


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, name, price, stock):
        self.items[name] = Item(name, price, stock)
        self.log.append(("add", name))

    def find(self, name):
        item = self.items.get(name)
        if item is None:
            raise KeyError(name)
        return item

    def value(self):
        total = 0
        for item in self.items.values():
            total += item.price * item.stock
        return total

    def low_stock(self, limit):
        low = []
        for name, item in self.items.items():
            if item.stock < limit:
                low.append(name)
        return sorted(low)


def discount(amount, code):
    rates = {"TEN": 10, "HALF": 50}
    rate = rates.get(code, 0)
    return amount - amount * rate // 100


def parse_order(line):
    parts = line.split(",")
    name = parts[0].strip()
    count = int(parts[1])
    code = parts[2].strip() if len(parts) > 2 else ""
    return name, count, code


def place(inventory, line):
    name, count, code = parse_order(line)
    try:
        item = inventory.find(name)
        cost = item.take(count)
    except KeyError:
        return (name, 0, "unknown item")
    except ValueError as e:
        return (name, 0, str(e))
    return (name, discount(cost, code), "ok")


def summarize(results):
    paid = 0
    failed = []
    for name, cost, status in results:
        if status == "ok":
            paid += cost
        else:
            failed.append(name)
    return paid, failed


def histogram(values, width):
    rows = []
    top = max(values) if values else 1
    for v in values:
        bar = "#" * (v * width // top)
        rows.append(bar)
    return rows


def fibonacci(n):
    a, b = 0, 1
    seq = []
    while len(seq) < n:
        seq.append(a)
        a, b = b, a + b
    return seq


def restock_all(inventory, amount):
    counts = {}
    for name in inventory.low_stock(3):
        counts[name] = inventory.find(name).restock(amount)
    return counts


def report(inventory, paid, failed):
    lines = []
    lines.append(f"paid: {paid}")
    lines.append(f"failed: {', '.join(failed) or 'none'}")
    lines.append(f"stock value: {inventory.value()}")
    for name in sorted(inventory.items):
        item = inventory.items[name]
        lines.append(f"{name}: {item.stock} x {item.price}")
    return "\n".join(lines)


shop = Inventory()
shop.add("apple", 3, 10)
shop.add("pear", 4, 2)
shop.add("plum", 2, 5)

orders = [
    "apple, 4, TEN",
    "pear, 3",
    "plum, 2, HALF",
    "kiwi, 1",
    "apple, 5",
]
results = []
for order in orders:
    result = place(shop, order)
    results.append(result)

paid, failed = summarize(results)
print(report(shop, paid, failed))

restocked = restock_all(shop, 6)
print("restocked:", restocked)

stocks = [item.stock for item in shop.items.values()]
for row in histogram(stocks, 10):
    print(row)

print("fib:", fibonacci(8))
print("low after restock:", shop.low_stock(3))
