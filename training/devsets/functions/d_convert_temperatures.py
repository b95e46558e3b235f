def to_celsius(readings: list[str], digits: int = 1) -> list[float]:
    """Convert readings like "72F", "21.5C" or "295K" to Celsius."""
    converted = []
    for reading in readings:
        reading = reading.strip().upper()
        value, unit = float(reading[:-1]), reading[-1]
        if unit == "F":
            celsius = (value - 32) * 5 / 9
        elif unit == "K":
            celsius = value - 273.15
        else:
            celsius = value
        converted.append(round(celsius, digits))
    return converted

# dev cases
to_celsius(["72F", "21.5C", " 295k", "-40F", "98.6f"])
to_celsius(["0F", "300K"], 2)
