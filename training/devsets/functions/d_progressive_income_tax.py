"""Simplified progressive income tax used by the payroll preview."""

# (upper limit of the band, rate); None means no upper limit
TAX_BANDS = [(11000, 0.0), (44000, 0.12), (95000, 0.22), (None, 0.32)]


def income_tax(income: float, deductions: float = 0.0) -> tuple[float, float]:
    """Tax owed and the effective rate (percent) on gross income."""
    taxable = max(0.0, income - deductions)
    tax = 0.0
    lower = 0
    for upper, rate in TAX_BANDS:
        if upper is None or taxable <= upper:
            tax += (taxable - lower) * rate
            break
        tax += (upper - lower) * rate
        lower = upper
    effective = 100 * tax / income if income else 0.0
    return round(tax, 2), round(effective, 1)

# dev cases
income_tax(72500, 13850)
income_tax(9000)
