def build_restock_list(stock: dict[str, int], reorder_points: dict[str, int], batch_size: int = 12) -> list[tuple[str, int]]:
    """Items at or below their reorder point, with how many to order.

    Orders are rounded up to whole batches so that the item ends up above
    its reorder point again. Items without a reorder point are ignored.
    """
    to_order = []
    for item, on_hand in stock.items():
        point = reorder_points.get(item)
        if point is None or on_hand > point:
            continue
        shortfall = point - on_hand + 1
        batches = -(-shortfall // batch_size)  # ceiling division
        to_order.append((item, batches * batch_size))
    # biggest orders first so the buyer sees them at the top
    to_order.sort(key=lambda pair: (-pair[1], pair[0]))
    return to_order

# dev cases
build_restock_list({"pens": 3, "paper": 40, "staples": 0, "tape": 10}, {"pens": 10, "paper": 20, "staples": 5, "tape": 10})
build_restock_list({"filters": 7, "beans": 2}, {"filters": 30, "beans": 2, "cups": 50}, 6)
