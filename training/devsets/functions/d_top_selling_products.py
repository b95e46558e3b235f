import heapq


def top_products_by_revenue(sales: list[tuple[str, float, int]], n: int = 3) -> list[str]:
    """Names of the n products with the highest revenue (price * units)."""
    revenue: dict[str, float] = {}
    for product, price, units in sales:
        revenue[product] = revenue.get(product, 0.0) + price * units
    best = heapq.nlargest(n, revenue.items(), key=lambda kv: kv[1])
    return [name for name, _ in best]

# dev cases
top_products_by_revenue([("widget", 2.5, 40), ("gadget", 19.99, 3), ("gizmo", 7.0, 12), ("widget", 2.5, 10), ("doohickey", 45.0, 1)])
top_products_by_revenue([("a", 1.0, 5), ("b", 3.0, 1), ("c", 0.5, 20)], 2)
