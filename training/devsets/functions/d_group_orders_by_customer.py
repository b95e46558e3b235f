from collections import defaultdict


def group_orders(orders):
    """Map each customer to the ids of their orders, oldest first.

    orders is a list of (order_id, customer, day) tuples in any order.
    """
    by_customer = defaultdict(list)
    for order_id, customer, day in sorted(orders, key=lambda o: (o[2], o[0])):
        by_customer[customer].append(order_id)
    return dict(by_customer)

# dev cases
group_orders([(104, "kim", 3), (101, "lee", 1), (102, "kim", 1), (103, "lee", 2), (105, "ola", 2)])
