import re

COORD_RE = re.compile(r"(\d+(?:\.\d+)?)\s*°?\s*([NSEW])", re.IGNORECASE)


def parse_coordinates(text: str) -> tuple[float, float]:
    """Parse '40.71 N, 74.01 W' into signed decimal (lat, lon).

    South and west become negative; the order of the two parts doesn't matter.
    """
    lat = lon = None
    for number, hemisphere in COORD_RE.findall(text):
        hemisphere = hemisphere.upper()
        value = float(number) * (-1 if hemisphere in "SW" else 1)
        if hemisphere in "NS":
            lat = value
        else:
            lon = value

    if lat is None or lon is None:
        raise ValueError(f"need both latitude and longitude: {text!r}")
    return (lat, lon)

# dev cases
parse_coordinates("151.21°E, 33.87° s")
parse_coordinates("40.71 N / 74.01 W")
