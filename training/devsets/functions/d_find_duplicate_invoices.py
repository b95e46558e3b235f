from collections import defaultdict


def possible_duplicates(invoices: list[tuple[str, str, float]]) -> list[list[str]]:
    """Groups of invoice ids billed to the same vendor for the same amount.

    invoices are (invoice_id, vendor, amount); vendor names are compared
    case-insensitively. Only groups with two or more invoices are returned,
    in the order their first invoice appears.
    """
    groups = defaultdict(list)
    for invoice_id, vendor, amount in invoices:
        groups[(vendor.strip().lower(), round(amount, 2))].append(invoice_id)
    return [ids for ids in groups.values() if len(ids) > 1]

# dev cases
possible_duplicates([("I-100", "Acme", 420.0), ("I-101", "Globex", 99.95), ("I-102", "ACME ", 420.00), ("I-103", "Globex", 99.5), ("I-104", "globex", 99.95), ("I-105", "acme", 420)])
