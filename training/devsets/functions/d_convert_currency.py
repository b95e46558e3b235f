RATES_TO_USD = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "JPY": 0.0067, "CAD": 0.74}


def convert(amount: float, source: str, target: str, fee_percent: float = 1.5) -> float:
    """Convert between currencies via USD, minus the exchange fee.

    Same-currency conversions are free. JPY has no minor unit, so JPY
    results are rounded to whole yen.
    """
    source, target = source.upper(), target.upper()
    if source == target:
        return amount
    usd = amount * RATES_TO_USD[source]
    converted = usd / RATES_TO_USD[target] * (1 - fee_percent / 100)
    return float(round(converted)) if target == "JPY" else round(converted, 2)

# dev cases
convert(250.0, "eur", "GBP")
convert(49.99, "USD", "jpy", 0)
